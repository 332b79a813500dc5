"""Topic names for visitors, in their language.

`Topic.name` is German text that the office types in. The public pages and the visitor's e-mails
show, in this order: the name the office typed in for the visitor's language
(`Topic.translations`, edited in the desk's configuration); the plain-language name of the public
catalogues where the topic's stable `Topic.key` is known here; else the German name, marked
lang="de" on pages (screen readers then read it with a German voice).
"""

from __future__ import annotations

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from wegweiser.counselling.models import Topic

KNOWN = {
    "bleiberecht": _("Wege zum Bleiberecht"),
    "dokumente": _("Dokumente und Anträge"),
    "arbeit": _("Arbeit und Ausbildung"),
    "familie": pgettext_lazy("topic", "Familie"),
}


def _translated(topic: Topic) -> str | None:
    stored = topic.translations if isinstance(topic.translations, dict) else {}
    typed_in = stored.get(get_language() or "")
    if isinstance(typed_in, str) and typed_in.strip():
        return typed_in
    return str(KNOWN[topic.key]) if topic.key in KNOWN else None


def is_translated(topic: Topic) -> bool:
    return _translated(topic) is not None


def topic_name(topic: Topic) -> str:
    """Plain text (e-mails, page titles): the translated name, else the German one."""
    translated = _translated(topic)
    return topic.name if translated is None else translated


def topic_html(topic: Topic) -> SafeString:
    """For pages: the translated name, else the German one inside <span lang="de">."""
    translated = _translated(topic)
    if translated is not None:
        return format_html("{}", translated)
    return format_html('<span lang="de">{}</span>', topic.name)
