"""Roles named after real jobs, and the one permission matrix (role × action).

Every view asks `can(user, action)`; tests walk the whole matrix.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CASEWORKER = "caseworker", _("Sachbearbeitung")
    HEAD = "head", _("Abteilungsleitung")
    COUNSELLOR = "counsellor", _("Beratung")
    CONTROLLING = "controlling", _("Controlling")
    DPO = "dpo", _("Datenschutzbeauftragte/r")
    ADMIN = "admin", _("Administration")


R = Role
# action -> roles allowed. Counsellors and controlling never see criminal records;
# controlling sees only aggregates.
PERMISSIONS: dict[str, frozenset[Role]] = {
    "case.list": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR}),
    "case.view": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR}),
    "case.view_criminal": frozenset({R.CASEWORKER, R.HEAD}),
    "case.edit": frozenset({R.CASEWORKER, R.HEAD}),
    "case.history": frozenset({R.CASEWORKER, R.HEAD, R.DPO}),
    "case.export": frozenset({R.CASEWORKER, R.HEAD}),
    "case.import": frozenset({R.HEAD, R.ADMIN}),
    "followup.manage": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR}),
    "aggregates.view": frozenset({R.CASEWORKER, R.HEAD, R.CONTROLLING}),
    "audit.view": frozenset({R.DPO}),
    "users.manage": frozenset({R.ADMIN}),
    # Screening: the worklist names persons (casework); counsellors see one person's
    # explanation (criminal-record criteria hidden); controlling sees only the counts.
    "screening.worklist": frozenset({R.CASEWORKER, R.HEAD}),
    "screening.run": frozenset({R.CASEWORKER, R.HEAD}),
    "screening.explain": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR}),
    "screening.aggregates": frozenset({R.CASEWORKER, R.HEAD, R.CONTROLLING}),
    "screening.catalogue": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR, R.CONTROLLING}),
    # The authority's policy settings (open legal points): whoever sees screening results may
    # read what they rest on; the head of department and the administration decide them.
    "screening.policy_view": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR, R.CONTROLLING,
                                        R.ADMIN}),
    "screening.policy_edit": frozenset({R.HEAD, R.ADMIN}),
}


def can(user, action: str) -> bool:
    """True if the user's role may perform the action (unknown actions: never)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if getattr(user, "authority_id", None) is None:
        return False
    return user.role in PERMISSIONS.get(action, frozenset())
