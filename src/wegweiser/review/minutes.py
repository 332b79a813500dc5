"""The minutes of a conference as PDF (WeasyPrint), generated from the recorded items.

Always German (an archived record, like the audit log) and always pseudonymised: the minutes are
stored once for every reader, so no name is in them - file number and initials only.
"""

from __future__ import annotations

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import AgendaAction, AgendaItem, Conference, ExternalParticipant
from .pseudonyms import PERSON_COLUMNS, pseudonym


def minutes_pdf(conference: Conference, draft: bool = False) -> bytes:
    from weasyprint import HTML  # imported on use: it loads fonts and Pango

    return HTML(string=minutes_html(conference, draft)).write_pdf()


def minutes_html(conference: Conference, draft: bool = False) -> str:
    from .conferences import earlier_recommendations

    with translation.override("de"):
        context = {
            "conference": conference,
            "participants": list(conference.participants.order_by("last_name", "first_name")),
            "externals": list(ExternalParticipant.unscoped.filter(conference=conference)),
            "items": _items(conference),
            "earlier": [(item, pseudonym(item.person)) for item in
                        earlier_recommendations(conference).only(
                            *_item_columns(), "conference__held_on", "conference__title")],
            "draft": draft,
            "generated_at": timezone.localtime(),
        }
        return render_to_string("review/minutes.html", context)


def _item_columns() -> list[str]:
    return ["position", "question", "discussion", "recommendation", "recommendation_text",
            "outcome", "outcome_reason", "conference", "person",
            *[f"person__{c}" for c in PERSON_COLUMNS if c != "pk"]]


def _items(conference: Conference) -> list[tuple[AgendaItem, str]]:
    actions = AgendaAction.unscoped.select_related("follow_up__assignee").order_by("pk")
    items = (AgendaItem.unscoped.filter(conference=conference).select_related("person")
             .only(*_item_columns()).prefetch_related(Prefetch("actions", queryset=actions))
             .order_by("position"))
    return [(item, pseudonym(item.person)) for item in items]
