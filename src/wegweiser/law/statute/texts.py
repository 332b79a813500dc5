"""The law's texts: German, marked for the translation catalogue, translated elsewhere.

`law/` stays free of Django, so it cannot translate.  It marks every text a user reads with
`gettext_noop` (``makemessages`` extracts that name) and keeps speaking German.  A text built
from values is a `Text`: a German ``str`` that also remembers its template and values, so that
the presentation layer can translate the template and each value first and fill in afterwards
(`wegweiser.screening.law_texts`).  Norm citations are not marked: they are never translated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def gettext_noop(message: str) -> str:
    """Mark a German text for the catalogue; the law keeps it as it is."""
    return message


class Text(str):
    """A German text from a marked template (``%(name)s`` placeholders) and its values.

    ``str(text)`` is the German text.  Values that are a `Text` are translated with the
    template (``Text(criterion.text)`` wraps a plain marked text), dates are written
    dd.mm.yyyy, anything else (norm citations, numbers) is inserted unchanged.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Text:
        text = super().__new__(cls, _fill(template, values, _german))
        text.template, text.values = template, values
        return text

    @classmethod
    def from_values(cls, template: str, values: Mapping[str, object]) -> Text:
        """Fill the placeholders the template names from a larger mapping (e.g. a feature row)."""
        return cls(template, **{name: values.get(name) for name in PLACEHOLDER.findall(template)})

    def render(self, translate: Callable[[str], str]) -> str:
        """The text in another language; `translate` maps a German text to its translation."""
        return _fill(translate(self.template) if self.template else "", self.values, translate)


def _german(message: str) -> str:
    return message


def _fill(template: str, values: Mapping[str, object], translate: Callable[[str], str]) -> str:
    if not values:
        return template
    return template % {name: _value(value, translate) for name, value in values.items()}


def _value(value: object, translate: Callable[[str], str]) -> str:
    if isinstance(value, Text):
        return value.render(translate)
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return "–" if value is None else str(value)
