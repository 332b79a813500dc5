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
    # Applications and decisions belong to the case file (reasons may name offences).
    "decision.view": frozenset({R.CASEWORKER, R.HEAD}),
    "decision.edit": frozenset({R.CASEWORKER, R.HEAD}),
    # Four-eyes: the head of department, or a named deputy (User.approval_deputy, see can()).
    "approval.answer": frozenset({R.HEAD}),
    # Which further acts need approval, and who the deputy is: the head decides, the
    # administration may keep it (like the screening settings). The head's own acts stay on.
    "approval.configure": frozenset({R.HEAD, R.ADMIN}),
    # The entry page of the hardship review lists the parts a role may use.
    "review.home": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR, R.CONTROLLING}),
    # Case conferences: caseworkers propose and take part; the head chairs and records.
    "conference.view": frozenset({R.CASEWORKER, R.HEAD}),
    "conference.propose": frozenset({R.CASEWORKER, R.HEAD}),
    "conference.manage": frozenset({R.HEAD}),
    # Constellations list matching persons; guidelines are office guidance without personal data.
    "constellation.view": frozenset({R.CASEWORKER, R.HEAD}),
    "constellation.edit": frozenset({R.CASEWORKER, R.HEAD}),
    "guideline.view": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR, R.CONTROLLING}),
    "guideline.edit": frozenset({R.CASEWORKER, R.HEAD}),
    "guideline.approve": frozenset({R.HEAD}),
    # Decision-practice figures: by norm and team, never by person. Lists that name persons
    # (consistency alerts, missed discretion) are for the head of department.
    "practice.view": frozenset({R.HEAD, R.CONTROLLING}),
    "practice.cases": frozenset({R.HEAD}),
    # § 23a hardship commission petitions.
    "hardship.view": frozenset({R.CASEWORKER, R.HEAD}),
    "hardship.edit": frozenset({R.CASEWORKER, R.HEAD}),
    # --- Letters and mail runs (letters/): templates are the office's wording, approved by the
    # head of department; caseworkers and the head create mail runs from a screening run.
    "letter.template_view": frozenset({R.CASEWORKER, R.HEAD}),
    "letter.template_edit": frozenset({R.HEAD}),
    "mailrun.view": frozenset({R.CASEWORKER, R.HEAD}),
    "mailrun.create": frozenset({R.CASEWORKER, R.HEAD}),
    # --- end of letters
    # --- The counselling desk (counselling/): calendar, queue, configuration. Caseworkers may
    # book on behalf of a caller in the same calendar, but see no counselling content.
    "desk.view": frozenset({R.COUNSELLOR, R.HEAD}),
    "desk.book": frozenset({R.COUNSELLOR, R.HEAD, R.CASEWORKER}),
    "desk.queue": frozenset({R.COUNSELLOR, R.HEAD}),
    "desk.configure": frozenset({R.HEAD, R.ADMIN}),
    "desk.statistics": frozenset({R.COUNSELLOR, R.HEAD, R.CONTROLLING}),
    # --- end of desk
    # --- Counselling records: confidential to the counsellors (the desk is separate from the
    # decision-making casework). Caseworkers see that a session took place and what the person
    # consented to share with them, nothing else.
    "counselling.record": frozenset({R.COUNSELLOR}),
    "counselling.shared": frozenset({R.CASEWORKER, R.HEAD}),
    "partner.view": frozenset({R.COUNSELLOR, R.CASEWORKER, R.HEAD}),
    "partner.edit": frozenset({R.COUNSELLOR, R.HEAD}),
    # --- end of counselling records
    # --- Training (training/): personnel data, minimised (decision 0010). Everyone sees the own
    # record; the head of department sees and plans for the team; the head and the administration
    # keep the topic list and the requirements per role; controlling sees anonymous figures only;
    # the data-protection officer sees nothing personal beyond the own record.
    "training.own": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR, R.CONTROLLING, R.DPO, R.ADMIN}),
    "training.team": frozenset({R.HEAD}),
    "training.manage": frozenset({R.HEAD}),
    "training.configure": frozenset({R.HEAD, R.ADMIN}),
    "training.figures": frozenset({R.HEAD, R.CONTROLLING}),
    # --- end of training
    # --- Reporting (reporting/): figures without names. Controlling drafts committee reports
    # and keeps the grant ledger; the head of department approves the report.
    "reporting.dashboard": frozenset({R.HEAD, R.CONTROLLING}),
    "reporting.report_edit": frozenset({R.HEAD, R.CONTROLLING}),
    "reporting.report_approve": frozenset({R.HEAD}),
    "grant.view": frozenset({R.HEAD, R.CONTROLLING}),
    "grant.edit": frozenset({R.CONTROLLING, R.HEAD}),
    # --- end of reporting
    # --- Dialogue (dialogue/): meetings with partners, agreed actions, concerns, and the
    # catalogue shared between offices. Caseworkers and counsellors read the dialogue (they act
    # on agreed actions); the head and counsellors run it; controlling gets figures elsewhere.
    # The catalogue carries definitions only: caseworkers read it, the head publishes/adopts.
    "dialogue.view": frozenset({R.CASEWORKER, R.HEAD, R.COUNSELLOR}),
    "dialogue.edit": frozenset({R.HEAD, R.COUNSELLOR}),
    # Deleting a meeting takes its settled actions and concerns with it: the head only.
    "dialogue.delete": frozenset({R.HEAD}),
    "catalogue.view": frozenset({R.CASEWORKER, R.HEAD}),
    "catalogue.publish": frozenset({R.HEAD}),
    "catalogue.adopt": frozenset({R.HEAD}),
    # --- end of dialogue
}

# Actions a caseworker may also perform when named deputy of the head (User.approval_deputy).
DEPUTY_ACTIONS = frozenset({"approval.answer"})


def can(user, action: str) -> bool:
    """True if the user's role may perform the action (unknown actions: never)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if getattr(user, "authority_id", None) is None:
        return False
    if action in DEPUTY_ACTIONS and user.role == R.CASEWORKER and user.approval_deputy:
        return True
    return user.role in PERMISSIONS.get(action, frozenset())
