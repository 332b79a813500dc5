"""The placeholder language of letter templates: ``{{ name }}``, nothing else.

Deliberately not Django's template language: the head of department edits the wording, and a
text block must not be able to run code or reach data beyond the placeholders named here.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")

# name -> what it stands for (shown beside the editor)
PLACEHOLDERS = {
    "anrede": gettext_lazy("Anrede, z. B. „Guten Tag Frau Haddad, guten Tag Herr Haddad,“"),
    "name": gettext_lazy("Namen aller Angeschriebenen"),
    "wege": gettext_lazy("Mögliche Wege für jede Person des Haushalts, mit Erklärung"),
    "unterlagen": gettext_lazy("Unterlagen, die mitzubringen sind"),
    "buchungscode": gettext_lazy("Persönlicher Buchungscode"),
    "gueltig_bis": gettext_lazy("Gültigkeit des Buchungscodes"),
    "sprechzeiten": gettext_lazy("Offene Sprechzeit der Beratungsstelle"),
    "beratungsstelle": gettext_lazy("Name und Anschrift der Beratungsstelle"),
    "telefon": gettext_lazy("Telefon der Beratungsstelle"),
    "buchungsseite": gettext_lazy("Adresse der Seite für die Online-Buchung"),
    "aktenzeichen": gettext_lazy("Aktenzeichen der angeschriebenen Person"),
    "datum": gettext_lazy("Datum des Schreibens"),
    "behoerde": gettext_lazy("Name der Ausländerbehörde"),
}


def problems(text: str) -> list[str]:
    """German messages for unknown placeholders and unbalanced braces; empty if fine."""
    found = []
    for name in PLACEHOLDER.findall(text):
        if name not in PLACEHOLDERS:
            found.append(_("Den Platzhalter „{{ %(name)s }}“ gibt es nicht. Möglich sind: "
                           "%(known)s.") % {"name": name, "known": ", ".join(PLACEHOLDERS)})
    rest = PLACEHOLDER.sub("", text)
    if "{" in rest or "}" in rest:
        found.append(_("Geschweifte Klammern sind nicht ausgeglichen: Platzhalter werden als "
                       "„{{ name }}“ geschrieben, mit zwei öffnenden und zwei schließenden "
                       "Klammern."))
    return found


def fill(text: str, values: dict[str, str]) -> str:
    """The text with each placeholder replaced (checked text only; unknown ones stay empty)."""
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)
