"""The law's texts in the active language.

`wegweiser.law` marks its German texts (``gettext_noop``) and composes texts with values as
`law.statute.texts.Text`; here the template and every part are translated, then the values filled in.
Norm citations are not in the catalogue and come back unchanged.
"""

from __future__ import annotations

from django.utils.translation import gettext

from wegweiser.law.statute.texts import Text


def law_text(text: str | None) -> str:
    """A text from `wegweiser.law` (marked literal or composed `Text`) in the active language."""
    if not text:
        return text or ""
    if isinstance(text, Text):
        return text.render(gettext)
    return gettext(text)
