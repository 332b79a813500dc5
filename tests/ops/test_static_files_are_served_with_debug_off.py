"""With DEBUG off (as in production) the pages keep their CSS, fonts and htmx: collectstatic
(ExecStartPre of the web unit) writes hashed copies and WhiteNoise serves them from gunicorn."""

import re
import urllib.request
from urllib.parse import urljoin

import pytest

from tests.ops.production import Browser

pytestmark = pytest.mark.django_db  # the site's schema is copied from the test database
HASHED = re.compile(r"\.[0-9a-f]{12}\.(css|js)$")


def _fetch(url: str) -> tuple[int, str, str, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return (response.status, response.headers["Content-Type"],
                response.headers["Cache-Control"], response.read())


def _assets(site, kind: str) -> list[str]:
    page = Browser(site.base_url).get_text("/anmelden/")
    pattern = r'<link rel="stylesheet" href="([^"]+)"' if kind == "css" else r'<script src="([^"]+)"'
    return [site.base_url + href for href in re.findall(pattern, page)]


def test_the_stylesheets_and_the_script_are_served_with_hashed_names(production_site):
    stylesheets, scripts = _assets(production_site, "css"), _assets(production_site, "js")

    assert len(stylesheets) == 3 and len(scripts) == 1
    for url in stylesheets + scripts:
        status, content_type, caching, body = _fetch(url)
        assert status == 200 and body, url
        assert content_type.split(";")[0] in ("text/css", "text/javascript")
        assert HASHED.search(url) and "immutable" in caching  # browsers may keep them


def test_the_fonts_named_in_the_stylesheet_are_served(production_site):
    fonts_css = next(url for url in _assets(production_site, "css") if "fira-sans" in url)
    fonts = re.findall(r"url\(['\"]?([^'\")]+\.woff2)", _fetch(fonts_css)[3].decode())

    assert fonts
    for font in fonts[:3]:
        assert _fetch(urljoin(fonts_css, font))[0] == 200
