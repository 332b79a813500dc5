"""Topic names for visitors, in their language.

`Topic.name` is German text that the office types in; the public pages and the visitor's e-mails
show a translated plain-language name instead where the topic's stable `Topic.key` is known here.
An unknown key falls back to the German name, marked lang="de" on pages (screen readers then read
it with a German voice). A new key gets a line below and its translations in the public
catalogues (scripts/public_messages.sh).
"""

from __future__ import annotations

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wegweiser.counselling.models import Topic

KNOWN = {
    "bleiberecht": _("Wege zum Bleiberecht"),
    "dokumente": _("Dokumente und Anträge"),
    "arbeit": _("Arbeit und Ausbildung"),
    "familie": pgettext_lazy("topic", "Familie"),
}


def is_translated(topic: Topic) -> bool:
    return topic.key in KNOWN


def topic_name(topic: Topic) -> str:
    """Plain text (e-mails, page titles): the translated name, else the German one."""
    return str(KNOWN[topic.key]) if topic.key in KNOWN else topic.name


def topic_html(topic: Topic) -> SafeString:
    """For pages: the translated name, else the German one inside <span lang="de">."""
    if topic.key in KNOWN:
        return format_html("{}", KNOWN[topic.key])
    return format_html('<span lang="de">{}</span>', topic.name)
