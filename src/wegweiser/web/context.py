from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wegweiser.accounts.roles import can

# (action required, url name, label) — the navigation shows what the role may use.
NAVIGATION = [
    ("case.list", "cases:list", _("Fälle")),
    ("followup.manage", "cases:my_follow_ups", _("Meine Wiedervorlagen")),
    # The head of department and named deputies answer four-eyes approvals.
    ("approval.answer", "cases:approvals", _("Freigaben")),
    ("screening.worklist", "screening:worklist", _("Bleiberechtsprüfung")),
    # Conferences, § 23a, guidelines, constellations and decision practice: one entry page.
    ("review.home", "review:home", _("Härtefälle und Praxis")),
    ("desk.view", "counselling:home", _("Beratungsstelle")),
    ("training.own", "training:home", _("Fortbildung")),
    ("mailrun.view", "letters:home", _("Anschreiben")),
    # Meetings, agreed actions, partners and the shared catalogue (the partner register lies
    # under /partner/, reached from the dialogue pages).
    ("dialogue.view", "dialog:meeting_list", _("Dialog")),
    ("aggregates.view", "web:overview", _("Übersicht")),
    ("reporting.dashboard", "reporting:dashboard", _("Berichte")),
    ("screening.aggregates", "screening:summary", _("Prüfstatistik")),
    ("case.import", "interop:import", _("Import")),
    ("screening.catalogue", "screening:catalogue", _("Regelkatalog")),
    # Readers reach the settings from the worklist and the catalogue; those who decide them
    # (the administration has no other screening page) get them in the menu.
    ("screening.policy_edit", "screening:policy", _("Einstellungen der Prüfung")),
    # Which acts need a second person, and the head's deputy (Zeichnungsregelung).
    ("approval.configure", "cases:approval_settings", _("Einstellungen der Freigaben")),
    ("audit.view", "audit:log", _("Zugriffsprotokoll")),
    ("users.manage", "accounts:user_list", _("Benutzerverwaltung")),
]


def navigation(request):
    return {"navigation": _items(request), "staff_languages": settings.STAFF_LANGUAGES}


def _items(request) -> list[dict[str, Any]]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    items: list[dict[str, Any]] = [{"url": reverse(url_name), "label": label}
             for action, url_name, label in NAVIGATION if can(user, action)]
    # One item is current: the longest address the page lies under (/pruefung/zahlen/ is
    # "Prüfstatistik", not also "Bleiberechtsprüfung" at /pruefung/).
    current = max((item["url"] for item in items if request.path.startswith(item["url"])),
                  key=len, default=None)
    for item in items:
        item["current"] = item["url"] == current
    return items
