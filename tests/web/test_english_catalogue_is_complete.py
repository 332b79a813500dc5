"""The English catalogue translates every string, keeps every placeholder, and its .mo is current."""

import ast
import gettext
import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

LOCALE = Path(__file__).resolve().parents[2] / "src" / "wegweiser" / "locale"
PO = LOCALE / "en" / "LC_MESSAGES" / "django.po"
MO = LOCALE / "en" / "LC_MESSAGES" / "django.mo"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]")


def read_po(path: Path) -> list[dict]:
    """A small .po reader: one dict per entry with msgctxt, msgid, msgid_plural, msgstr[n], flags."""
    entries: list[dict] = []
    entry: dict = {}
    key = ""
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if "msgid" in entry:
                entries.append(entry)
            entry, key = {}, ""
        elif line.startswith("#,"):
            entry.setdefault("flags", set()).update(f.strip() for f in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[key] += ast.literal_eval(line)
        else:
            key, _, value = line.partition(" ")
            entry[key] = ast.literal_eval(value)
    return entries


def translations(entry: dict) -> list[str]:
    return [value for key, value in entry.items() if key.startswith("msgstr")]


def placeholders(text: str) -> list[str]:
    return sorted(m.group(0) for m in PLACEHOLDER.finditer(text))


def messages() -> list[dict]:
    return [e for e in read_po(PO) if e["msgid"]]


def test_every_string_has_an_english_translation():
    entries = messages()
    assert len(entries) > 500
    untranslated = [e["msgid"] for e in entries if not all(translations(e))]
    assert untranslated == []


def test_no_translation_is_fuzzy():
    assert [e["msgid"] for e in read_po(PO) if "fuzzy" in e.get("flags", set())] == []


def test_every_translation_keeps_the_placeholders():
    wrong = []
    for e in messages():
        expected = placeholders(e["msgid"])
        for text in translations(e):
            if placeholders(text) != expected:
                wrong.append((e["msgid"], text))
    assert wrong == []


def test_plural_strings_have_both_forms():
    plural = [e for e in messages() if "msgid_plural" in e]
    assert plural
    assert all("msgstr[0]" in e and "msgstr[1]" in e for e in plural)


def test_the_compiled_catalogue_matches_the_po_file():
    with MO.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for e in messages():
        context = e.get("msgctxt")
        if "msgid_plural" in e:
            got = [compiled.ngettext(e["msgid"], e["msgid_plural"], n) for n in (1, 2)]
            want = [e["msgstr[0]"], e["msgstr[1]"]]
        elif context is not None:
            got, want = [compiled.pgettext(context, e["msgid"])], [e["msgstr"]]
        else:
            got, want = [compiled.gettext(e["msgid"])], [e["msgstr"]]
        if got != want:
            stale.append(e["msgid"])
    assert stale == [], "run compilemessages (see DEVELOPERS.md, Übersetzungen)"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext")
def test_the_catalogue_contains_every_marked_string(tmp_path, settings, monkeypatch):
    source = LOCALE.parent
    copy = tmp_path / "wegweiser"
    shutil.copytree(
        source,
        copy,
        # The public pages have catalogues of their own (src/wegweiser/public/locale, seven
        # languages, tests/public/test_public_catalogues_are_complete.py).
        ignore=shutil.ignore_patterns("locale", "demo", "migrations", "__pycache__", "static", "public"),
    )
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(copy)
    call_command("makemessages", locale=["en"], verbosity=0)
    fresh = read_po(tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po")

    def keys(entries):
        return {(e.get("msgctxt"), e["msgid"]) for e in entries if e["msgid"]}

    missing = keys(fresh) - keys(read_po(PO))
    assert missing == set(), "run makemessages and translate (see DEVELOPERS.md, Übersetzungen)"
