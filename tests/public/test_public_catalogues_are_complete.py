"""The public pages speak six languages besides German: every string marked in src/wegweiser/public
is in each catalogue, translated, not fuzzy, with the same placeholders, and each .mo is current."""

import gettext
import shutil
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from tests.web.test_english_catalogue_is_complete import placeholders, read_po, translations

PUBLIC = Path(__file__).resolve().parents[2] / "src" / "wegweiser" / "public"
LANGUAGES = [code for code, _ in django_settings.LANGUAGES if code != "de"]


def po_path(language: str) -> Path:
    return PUBLIC / "locale" / language / "LC_MESSAGES" / "django.po"


def messages(language: str) -> list[dict]:
    return [e for e in read_po(po_path(language)) if e["msgid"]]


def test_every_public_language_has_a_catalogue():
    assert sorted(LANGUAGES) == ["ar", "en", "fa", "ru", "tr", "uk"]
    assert all(po_path(language).exists() for language in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    entries = messages(language)
    assert len(entries) > 100
    assert [e["msgid"] for e in entries if not all(translations(e))] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_fuzzy(language):
    assert [e["msgid"] for e in read_po(po_path(language)) if "fuzzy" in e.get("flags", set())] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders(language):
    wrong = [(e["msgid"], text) for e in messages(language) for text in translations(e)
             if placeholders(text) != placeholders(e["msgid"])]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_the_po_file(language):
    with po_path(language).with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for e in messages(language):
        if "msgid_plural" in e:
            continue  # plural forms differ per language; the .po check above covers them
        context = e.get("msgctxt")
        got = compiled.pgettext(context, e["msgid"]) if context else compiled.gettext(e["msgid"])
        if got != e["msgstr"]:
            stale.append(e["msgid"])
    assert stale == [], "run bash scripts/public_messages.sh compile (DEVELOPERS.md, Übersetzungen)"


@pytest.fixture(scope="module")
def marked_strings(tmp_path_factory):
    """Extract the marked strings of src/wegweiser/public afresh, as scripts/public_messages.sh does."""
    if shutil.which("xgettext") is None:
        pytest.skip("needs GNU gettext")
    copy = tmp_path_factory.mktemp("public") / "public"
    shutil.copytree(PUBLIC, copy, ignore=shutil.ignore_patterns("locale", "migrations", "__pycache__",
                                                                "static"))
    (copy / "locale").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(copy)
        patch.setattr(django_settings, "LOCALE_PATHS", [])
        call_command("makemessages", locale=["en"], verbosity=0)
    fresh = read_po(copy / "locale" / "en" / "LC_MESSAGES" / "django.po")
    return {(e.get("msgctxt"), e["msgid"]) for e in fresh if e["msgid"]}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_contains_every_marked_string(marked_strings, language):
    present = {(e.get("msgctxt"), e["msgid"]) for e in messages(language)}
    missing = marked_strings - present
    assert missing == set(), "run scripts/public_messages.sh and translate (DEVELOPERS.md, Übersetzungen)"
