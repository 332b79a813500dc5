"""Which acts need four-eyes approval (Zeichnungsregelung), per authority - and the one door to
change that, together with the deputy who may approve in place of the head of department.

Always on, without a switch: a refusal (also a Duldung instead of the permit), a decision under
§ 23a and closing a file (issue 8). An authority may switch on further acts (``OPTIONAL``). A
switch applies to decisions recorded or corrected after it was set; requests already laid before
stay until answered. Changes are versioned (optimistic locking) and written to the audit log with
old and new values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web import versioning

from .models import ApprovalSettings, Decision
from .models.decision import ApprovalKind, DecisionType, Outcome

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise


class SettingsConflict(versioning.ConflictError):
    message = gettext_noop(
        "Die Einstellungen der Freigaben wurden inzwischen von jemand anderem geändert. Ihre "
        "Eingaben sind unten erhalten; bitte laden Sie die Seite neu und übertragen Sie Ihre "
        "Änderungen.")


@dataclass(frozen=True)
class Act:
    kind: str  # ApprovalKind
    label: _StrPromise
    explanation: _StrPromise


ALWAYS: tuple[Act, ...] = (
    Act(ApprovalKind.REFUSAL, gettext_lazy("Ablehnung"), gettext_lazy(
        "Auch eine Duldung statt der beantragten Aufenthaltserlaubnis.")),
    Act(ApprovalKind.P23A_REFERRAL, gettext_lazy("Entscheidung nach § 23a AufenthG"),
        gettext_lazy("Jede Entscheidung auf ein Härtefallersuchen.")),
    Act(ApprovalKind.CLOSING, gettext_lazy("Abschluss der Akte"),
        gettext_lazy("Die Akte schließt erst mit der Freigabe.")),
)
# field of ApprovalSettings -> the act it switches on
OPTIONAL: dict[str, Act] = {
    "discretion_grant": Act(ApprovalKind.DISCRETION_GRANT,
                            gettext_lazy("Erteilung nach Ermessen"), gettext_lazy(
        "Erteilt oder teilweise erteilt als Ermessensentscheidung.")),
    "guideline_departure": Act(ApprovalKind.GUIDELINE_DEPARTURE,
                               gettext_lazy("Abweichung von einer Leitlinie"), gettext_lazy(
        "Die Entscheidung folgt einer anwendbaren Leitlinie nicht (Grund der Abweichung).")),
}
NAMES = tuple(OPTIONAL)
ALWAYS_KINDS = frozenset(act.kind for act in ALWAYS)
GRANTING = (Outcome.GRANTED, Outcome.PARTLY)


def settings_of(authority_id: int) -> ApprovalSettings:
    """The stored settings, or unsaved defaults (nothing further switched on)."""
    return (ApprovalSettings.unscoped.filter(authority_id=authority_id).first()
            or ApprovalSettings(authority_id=authority_id, version=0))


def optional_kind(decision: Decision) -> str | None:
    """The switched-on act a decision is, if any (one query: the authority's settings)."""
    row = ApprovalSettings.unscoped.filter(authority_id=decision.authority_id).first()
    if row is None:
        return None
    if (row.discretion_grant and decision.outcome in GRANTING
            and decision.decision_type == DecisionType.DISCRETION):
        return ApprovalKind.DISCRETION_GRANT
    if row.guideline_departure and decision.follows_guideline is False:
        return ApprovalKind.GUIDELINE_DEPARTURE
    return None


def deputy_choices(authority_id: int):
    """Who may be named deputy: the active caseworkers of the authority."""
    return User.objects.filter(authority_id=authority_id, role=Role.CASEWORKER,
                               is_active=True).order_by("last_name", "first_name", "username")


def current_deputies(authority_id: int) -> list[User]:
    return list(deputy_choices(authority_id).filter(approval_deputy=True))


def save_settings(user, values: dict[str, Any], deputy_ids: list[int],
                  expected_version: int | None, request=None) -> list[str]:
    """Store the switches and the named deputies of the user's authority.

    `values` maps the names of OPTIONAL to True/False; the always-on acts have no switch and
    cannot be given as False. Returns what changed (nothing: nothing is written). Raises
    ValidationError (German, per field) or SettingsConflict; both change nothing.
    """
    _check(values)
    authority_id = user.authority_id
    allowed = {u.pk for u in deputy_choices(authority_id)}
    chosen = {int(pk) for pk in deputy_ids}
    if not chosen <= allowed:
        raise ValidationError({"deputies": _(
            "Vertretung kann nur eine aktive Sachbearbeiterin oder ein aktiver Sachbearbeiter "
            "der eigenen Behörde sein.")})
    with transaction.atomic():
        row = ApprovalSettings.unscoped.select_for_update().filter(
            authority_id=authority_id).first()
        if (row.version if row else 0) != (expected_version or 0):
            raise SettingsConflict(SettingsConflict.message)
        row = row or ApprovalSettings(authority_id=authority_id, version=0)
        changes: dict[str, list[Any]] = {}
        for name in NAMES:
            if getattr(row, name) != values[name]:
                changes[name] = [getattr(row, name), values[name]]
                setattr(row, name, values[name])
        before = {u.pk for u in current_deputies(authority_id)}
        if before != chosen:
            changes["deputies"] = [_names(before), _names(chosen)]
        if not changes:
            return []
        versioning.save_settings_row(row, user, SettingsConflict)
        if before != chosen:
            _name_deputies(authority_id, before, chosen)
        record(user, AuditAction.CHANGE if row.version > 1 else AuditAction.CREATE,
               target=gettext_lazy("Einstellungen der Freigaben (Vier-Augen-Prinzip)"),
               request=request, detail={"record": "approvalsettings", "id": row.pk,
                                        "version": row.version, "changes": changes})
    return list(changes)


def _check(values: dict[str, Any]) -> None:
    found = {}
    for kind in ALWAYS_KINDS:
        if kind in values and values[kind] is not True:
            act = next(a for a in ALWAYS if a.kind == kind)
            found[kind] = _("„%(act)s“ braucht immer eine Freigabe; das lässt sich nicht "
                            "abschalten.") % {"act": act.label}
    unknown = set(values) - set(NAMES) - ALWAYS_KINDS
    if unknown:
        found["__all__"] = _("Unbekannte Einstellung: %(names)s.") % {
            "names": ", ".join(sorted(unknown))}
    for name in NAMES:
        if not isinstance(values.get(name), bool):
            found[name] = _("Bitte „ja“ oder „nein“ angeben.")
    if found:
        raise ValidationError(found)


def _names(pks: set[int]) -> list[str]:
    return sorted(u.username for u in User.objects.filter(pk__in=pks))


def _name_deputies(authority_id: int, before: set[int], chosen: set[int]) -> None:
    """Set User.approval_deputy; the accounts' version moves on (an open edit form conflicts)."""
    users = User.objects.filter(authority_id=authority_id)
    users.filter(pk__in=before - chosen).update(approval_deputy=False, version=F("version") + 1)
    users.filter(pk__in=chosen - before).update(approval_deputy=True, version=F("version") + 1)
