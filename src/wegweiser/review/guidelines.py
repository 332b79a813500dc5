"""Leitlinien: the register and the one door for every change to a guideline.

A guideline (number along the statute, title) has dated versions.  A version is written as a
draft, put in force by the head of department (``approve``: state, approver, time and
``valid_from``; the version before it ends the day before) and never edited afterwards.  A
guideline that no longer applies is withdrawn (``withdraw``): its last version keeps its text,
gets ``valid_to`` and is shown as "aufgehoben" - the register keeps it, as the Berlin
Verfahrenshinweise keep "…weggefallen…".  Every change is validated (German messages, nothing
saved on error), locked optimistically, recorded in the history and in the audit log.

Who sees what: drafts only those who may edit guidelines (caseworkers, head); everyone with
"guideline.view" sees versions that are or were in force.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from wegweiser.accounts.roles import can
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.web.versioning import ConflictError, claim_version

from .constellations import nationality_warning
from .models import Conference, Constellation, Guideline, GuidelineVersion
from .models.guideline import VersionReason, VersionState

NUMBER = re.compile(r"[0-9A-Za-zÄÖÜäöü]+(\.[0-9A-Za-zÄÖÜäöü]+)*")
NUMBER_MAX, TITLE_MAX = 30, 200
PATHWAYS = {p.id: p for p in ALL_PATHWAYS}
SHOWN = (VersionState.APPROVED, VersionState.WITHDRAWN)  # were or are in force


class GuidelineConflict(ConflictError):
    message = gettext_noop(
        "Diese Leitlinie wurde inzwischen von jemand anderem geändert. Ihre Eingaben sind unten "
        "erhalten; bitte laden Sie die Seite neu und übertragen Sie Ihre Änderungen.")


# --- numbering -----------------------------------------------------------------------------

def number_key(number: str) -> tuple:
    """Natural order along the statute: 25.5.1 < 25.5.10 < 25a.1 < 104c.1 (numbers before
    words in each part; "25" before "25a")."""
    key = []
    for part in number.split("."):
        match = re.fullmatch(r"(\d+)(.*)", part)
        if match:
            key.append((0, int(match.group(1)), match.group(2).lower()))
        else:
            key.append((1, 0, part.lower()))
    return tuple(key)


def sorted_naturally(guidelines) -> list[Guideline]:
    return sorted(guidelines, key=lambda g: number_key(g.number))


# --- reading -------------------------------------------------------------------------------

def visible_versions(guideline: Guideline, user) -> list[GuidelineVersion]:
    """Newest first; drafts only for those who may edit guidelines."""
    versions = list(guideline.versions.all())
    if not can(user, "guideline.edit"):
        versions = [v for v in versions if v.state in SHOWN]
    return sorted(versions, key=lambda v: -v.number)


def in_force_on(versions: list[GuidelineVersion], day: date) -> GuidelineVersion | None:
    """The version that applies on `day` (also a withdrawn one, up to its last day)."""
    for version in versions:
        if (version.state in SHOWN and version.valid_from and version.valid_from <= day
                and (version.valid_to is None or version.valid_to >= day)):
            return version
    return None


@dataclass(frozen=True)
class Entry:
    """One guideline as the register shows it."""

    guideline: Guideline
    shown: GuidelineVersion | None  # in force today, else the latest that was, else a draft
    status: str
    versions: list[GuidelineVersion]
    draft: GuidelineVersion | None
    flagged: bool

    @property
    def withdrawn(self) -> bool:
        return self.shown is not None and self.shown.state == VersionState.WITHDRAWN \
            and self.shown.valid_to is not None and self.shown.valid_to < timezone.localdate()


def entry(guideline: Guideline, user, today: date | None = None) -> Entry | None:
    """The register entry, or None if the user may see no version of it."""
    today = today or timezone.localdate()
    versions = visible_versions(guideline, user)
    if not versions:
        return None
    current = in_force_on(versions, today)
    published = [v for v in versions if v.state in SHOWN]
    draft = next((v for v in versions if v.state == VersionState.DRAFT), None)
    shown = current or (published[0] if published else draft)
    assert shown is not None
    return Entry(guideline, shown, _status(shown, current, today), versions, draft,
                 any(nationality_warning(c.conditions) for c in shown.constellations.all()))


def _status(shown: GuidelineVersion, current: GuidelineVersion | None, today: date) -> str:
    if shown.state == VersionState.DRAFT:
        return _("Entwurf, noch nicht in Kraft")
    if shown.valid_to is not None and shown.valid_to < today:
        if shown.state == VersionState.WITHDRAWN:
            return _("aufgehoben mit Ablauf des %(day)s") % {"day": f"{shown.valid_to:%d.%m.%Y}"}
        return _("ausgelaufen am %(day)s") % {"day": f"{shown.valid_to:%d.%m.%Y}"}
    if current is None and shown.valid_from and shown.valid_from > today:
        return _("in Kraft ab %(day)s") % {"day": f"{shown.valid_from:%d.%m.%Y}"}
    if shown.state == VersionState.WITHDRAWN:
        return _("in Kraft, aufgehoben mit Ablauf des %(day)s") % {
            "day": f"{shown.valid_to:%d.%m.%Y}"}
    return _("in Kraft")


def register(user, authority_id: int) -> list[Entry]:
    """Every guideline the user may see, numbered along the statute (three queries)."""
    guidelines = Guideline.objects.filter(authority_id=authority_id).prefetch_related(
        "versions__constellations", "versions__conference")
    entries = [entry(g, user) for g in sorted_naturally(guidelines)]
    return [e for e in entries if e is not None]


def decision_counts(guideline: Guideline) -> dict[str, Any]:
    """Decisions made under the guideline: how many, how many follow it, departures by kind."""
    from wegweiser.cases.models import Decision
    from wegweiser.cases.models.decision import DepartureKind

    decisions = Decision.objects.filter(guideline_version__guideline=guideline)
    totals = decisions.aggregate(
        total=Count("pk"), follows=Count("pk", filter=Q(follows_guideline=True)),
        departs=Count("pk", filter=Q(follows_guideline=False)),
        open=Count("pk", filter=Q(follows_guideline__isnull=True)))
    kinds = dict(DepartureKind.choices)
    by_kind = [(kinds.get(kind, kind or _("ohne Angabe")), n) for kind, n in decisions.filter(
        follows_guideline=False).values_list("departure_kind").annotate(n=Count("pk"))
        .order_by("-n", "departure_kind")]
    by_version = dict(decisions.values_list("guideline_version__number").annotate(n=Count("pk"))
                      .values_list("guideline_version__number", "n"))
    return {**totals, "by_kind": by_kind, "by_version": by_version}


def versions_in_force(authority_id: int, day: date) -> QuerySet[GuidelineVersion]:
    """The versions that apply on `day` (for the decision form: which guideline to cite)."""
    return GuidelineVersion.objects.filter(
        authority_id=authority_id, state__in=SHOWN, valid_from__lte=day).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day)).select_related("guideline")


# --- checking ------------------------------------------------------------------------------

def _draft_problems(data: dict[str, Any], authority_id: int) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}

    def add(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    if not str(data.get("text") or "").strip():
        add("text", _("Bitte die Regel der Praxis formulieren."))
    kind = data.get("reason_kind")
    if kind not in VersionReason.values:
        add("reason_kind", _("Bitte den Anlass der Fassung wählen."))
    conference = data.get("conference_id")
    if conference and not Conference.unscoped.filter(pk=conference,
                                                     authority_id=authority_id).exists():
        add("conference", _("Diese Fallkonferenz gibt es nicht."))
    elif kind == VersionReason.CONFERENCE and not conference:
        add("conference", _("Bitte die Fallkonferenz angeben, in der die Fassung beschlossen "
                            "wurde."))
    unknown = [p for p in data.get("pathway_ids") or [] if p not in PATHWAYS]
    if unknown:
        add("pathway_ids", _("Unbekannte Rechtsgrundlage: %(ids)s.") % {
            "ids": ", ".join(map(str, unknown))[:100]})
    wanted = set(data.get("constellation_ids") or [])
    if wanted and Constellation.unscoped.filter(pk__in=wanted, authority_id=authority_id
                                                ).count() != len(wanted):
        add("constellations", _("Diese Fallkonstellation gibt es nicht."))
    return errors


def _head_problems(number: str, title: str, authority_id: int,
                   guideline: Guideline | None) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not number or len(number) > NUMBER_MAX or not NUMBER.fullmatch(number):
        errors["number"] = [_("Bitte eine Nummer entlang des Gesetzes angeben, Teile durch "
                              "Punkte getrennt, z. B. 25.5.1 oder 25a.2 (höchstens %(max)s "
                              "Zeichen).") % {"max": NUMBER_MAX}]
    else:
        same = Guideline.unscoped.filter(authority_id=authority_id, number=number)
        if guideline is not None:
            same = same.exclude(pk=guideline.pk)
        if same.exists():
            errors["number"] = [_("Die Nummer %(number)s ist bereits vergeben.") % {
                "number": number}]
    if not title:
        errors["title"] = [_("Bitte einen Titel angeben.")]
    elif len(title) > TITLE_MAX:
        errors["title"] = [_("Höchstens %(max)s Zeichen.") % {"max": TITLE_MAX}]
    return errors


# --- the one door --------------------------------------------------------------------------

def _audit(user, action: str, version: GuidelineVersion, request, **detail: Any) -> None:
    record(user, action, request=request, target=gettext_lazy("Leitlinie"),
           detail={"record": "guidelineversion", "id": version.pk,
                   "guideline": version.guideline.number, "number": version.number,
                   "state": version.state, **detail})


def create_guideline(user, *, number: str, title: str, draft: dict[str, Any],
                     request=None) -> Guideline:
    """A new guideline with its first version as a draft."""
    number, title = (number or "").strip(), (title or "").strip()
    errors = {**_head_problems(number, title, user.authority_id, None),
              **_draft_problems(draft, user.authority_id)}
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        guideline = Guideline(authority_id=user.authority_id, number=number, title=title)
        try:
            with transaction.atomic():
                guideline.save()
        except IntegrityError as error:
            raise ValidationError({"number": [_("Die Nummer %(number)s ist bereits vergeben.")
                                              % {"number": number}]}) from error
        version = _write_draft(user, GuidelineVersion(
            authority_id=user.authority_id, guideline=guideline, number=1, created_by=user), draft)
        _audit(user, AuditAction.CREATE, version, request, title=title)
    return guideline


def change_heading(user, guideline: Guideline, *, number: str, title: str,
                   expected_version: int | None, request=None) -> Guideline:
    number, title = (number or "").strip(), (title or "").strip()
    errors = _head_problems(number, title, user.authority_id, guideline)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        _update(guideline, expected_version, number=number, title=title)
        record(user, AuditAction.CHANGE, request=request, target=gettext_lazy("Leitlinie"),
               detail={"record": "guideline", "id": guideline.pk, "number": number,
                       "title": title})
    return guideline


def new_draft(user, guideline: Guideline, draft: dict[str, Any], request=None
              ) -> GuidelineVersion:
    """The next version as a draft; one draft at a time."""
    existing = guideline.versions.filter(state=VersionState.DRAFT).first()
    if existing is not None:
        raise ValidationError(_("Es gibt schon einen Entwurf (Fassung %(n)s); bitte diesen "
                                "bearbeiten.") % {"n": existing.number})
    errors = _draft_problems(draft, user.authority_id)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        Guideline.unscoped.select_for_update().filter(pk=guideline.pk).first()
        last = guideline.versions.order_by("-number").values_list("number", flat=True).first()
        version = _write_draft(user, GuidelineVersion(
            authority_id=guideline.authority_id, guideline=guideline, number=(last or 0) + 1,
            created_by=user), draft)
        _audit(user, AuditAction.CREATE, version, request)
    return version


def edit_draft(user, version: GuidelineVersion, draft: dict[str, Any],
               expected_version: int | None, request=None) -> GuidelineVersion:
    _only_drafts(version)
    errors = _draft_problems(draft, user.authority_id)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        claim_version(GuidelineVersion.unscoped, version, expected_version, GuidelineConflict)
        _write_draft(user, version, draft)
        _audit(user, AuditAction.CHANGE, version, request)
    return version


def discard_draft(user, version: GuidelineVersion, expected_version: int | None,
                  request=None) -> None:
    """Throw a draft away; a guideline without any other version goes with it."""
    _only_drafts(version)
    with transaction.atomic():
        claim_version(GuidelineVersion.unscoped, version, expected_version, GuidelineConflict)
        guideline = version.guideline
        _audit(user, AuditAction.DELETE, version, request)
        version.delete()
        if not guideline.versions.exists():
            guideline.delete()


def _only_drafts(version: GuidelineVersion) -> None:
    if version.state != VersionState.DRAFT:
        raise ValidationError(_("Nur Entwürfe können geändert werden; eine Fassung, die in "
                                "Kraft war, bleibt unverändert. Bitte eine neue Fassung "
                                "anlegen."))


def _write_draft(user, version: GuidelineVersion, draft: dict[str, Any]) -> GuidelineVersion:
    version.text = str(draft.get("text") or "").strip()
    version.note = str(draft.get("note") or "").strip()
    version.pathway_ids = [p for p in PATHWAYS if p in (draft.get("pathway_ids") or [])]
    version.reason_kind = draft["reason_kind"]
    version.reason_text = str(draft.get("reason_text") or "").strip()
    version.conference_id = draft.get("conference_id") or None
    version.save()
    version.constellations.set(draft.get("constellation_ids") or [])
    return version


def _require_head(user) -> None:
    if not can(user, "guideline.approve"):
        raise PermissionDenied


def _latest_published(guideline: Guideline) -> GuidelineVersion | None:
    return guideline.versions.filter(state__in=SHOWN).order_by("-number").first()


def approve(user, version: GuidelineVersion, *, valid_from: date | None,
            expected_version: int | None, request=None) -> GuidelineVersion:
    """Put a draft in force from `valid_from`; the version before it ends the day before."""
    _require_head(user)
    if version.state != VersionState.DRAFT:
        raise ValidationError(_("Nur ein Entwurf kann in Kraft gesetzt werden."))
    if valid_from is None:
        raise ValidationError({"valid_from": [_("Bitte angeben, ab wann die Fassung gilt.")]})
    previous = _latest_published(version.guideline)
    if previous is not None and previous.valid_from and valid_from <= previous.valid_from:
        raise ValidationError({"valid_from": [_(
            "Die neue Fassung muss nach dem Beginn der bisherigen Fassung (%(day)s) gelten.") % {
            "day": f"{previous.valid_from:%d.%m.%Y}"}]})
    with transaction.atomic():
        _update(version, expected_version, state=VersionState.APPROVED, valid_from=valid_from,
                valid_to=None, approved_by=user, approved_at=timezone.now())
        if previous is not None and (previous.valid_to is None
                                     or previous.valid_to >= valid_from):
            closed = valid_from - timedelta(days=1)
            _update(previous, previous.version, valid_to=closed)
            _audit(user, AuditAction.CHANGE, previous, request, valid_to=closed.isoformat())
        _audit(user, AuditAction.CHANGE, version, request, valid_from=valid_from.isoformat())
    return version


def _update(row: Any, expected_version: int | None, **values: Any) -> None:
    """Claim the next version (or refuse), then save through the model so that the history
    records the change (a queryset update would bypass it)."""
    claim_version(type(row).unscoped, row, expected_version, GuidelineConflict)
    for name, value in values.items():
        setattr(row, name, value)
    row.save()


def withdraw(user, guideline: Guideline, *, valid_to: date | None, reason_kind: str,
             reason_text: str, expected_version: int | None, request=None) -> GuidelineVersion:
    """Withdraw (aufheben) the guideline: its open version applies up to `valid_to`."""
    _require_head(user)
    version = guideline.versions.filter(state=VersionState.APPROVED,
                                        valid_to__isnull=True).order_by("-number").first()
    if version is None:
        raise ValidationError(_("Es gibt keine geltende Fassung, die aufgehoben werden könnte."))
    errors: dict[str, list[str]] = {}
    if valid_to is None:
        errors["valid_to"] = [_("Bitte den letzten Tag angeben, an dem die Leitlinie gilt.")]
    elif version.valid_from and valid_to < version.valid_from - timedelta(days=1):
        errors["valid_to"] = [_("Der letzte Tag kann nicht vor dem Beginn der Fassung "
                                "(%(day)s) liegen.") % {"day": f"{version.valid_from:%d.%m.%Y}"}]
    if reason_kind not in VersionReason.values:
        errors["reason_kind"] = [_("Bitte den Anlass der Aufhebung wählen.")]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        _update(version, expected_version, state=VersionState.WITHDRAWN, valid_to=valid_to,
                withdrawn_by=user, withdrawn_at=timezone.now(), withdrawal_kind=reason_kind,
                withdrawal_text=(reason_text or "").strip())
        _audit(user, AuditAction.CHANGE, version, request,
               valid_to=valid_to.isoformat() if valid_to else None)
    return version
