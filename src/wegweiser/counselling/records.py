"""The one door of the counselling records: validate, claim the version read, save, audit.

Records are confidential to the counsellors (decision 0013). Every function validates first
(ValidationError with German messages; nothing is written then). What the casework may see is
computed here too (`shared_with_casework`): exactly the categories of a consent that is in force,
for the case file that consent names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases import services as case_services
from wegweiser.cases.models import FollowUp, Person
from wegweiser.web.versioning import ConflictError, claim_version

from .models import (
    Analysis,
    Client,
    Consent,
    DataCategory,
    Goal,
    Measure,
    MeasureStatus,
    PlanStatus,
    Recipient,
    RecordFollowUp,
    RecordTopic,
    Referral,
    Session,
)
from .models.records import DEFAULT_TOPICS

__all__ = ["ConflictError", "add_follow_up", "complete_follow_up", "give_consent",
           "revoke_consent", "save_analysis", "save_client", "save_goal", "save_measure",
           "save_referral", "save_session", "shared_with_casework", "topics"]

MIN_PURPOSE = 15  # "für alle Zwecke" is no purpose (no blanket consent)
DUE_SOON_DAYS = 14
REVOKED_REASON = gettext_lazy("Wiedervorlage der Beratungsstelle (Einwilligung widerrufen)")


# --- topics -------------------------------------------------------------------------------

def topics(authority_id: int, active_only: bool = True) -> QuerySet[RecordTopic]:
    """The authority's topic list; an authority without one starts with the defaults."""
    if not RecordTopic.unscoped.filter(authority_id=authority_id).exists():
        RecordTopic.unscoped.bulk_create([
            RecordTopic(authority_id=authority_id, key=key, name=str(name), position=n)
            for n, (key, name) in enumerate(DEFAULT_TOPICS, start=1)], ignore_conflicts=True)
    rows = RecordTopic.unscoped.filter(authority_id=authority_id)
    return rows.filter(active=True) if active_only else rows


def save_topic(user, topic: RecordTopic, expected_version: int | None, request=None) -> RecordTopic:
    creating = topic.pk is None
    topics(topic.authority_id)  # the defaults first, or a first own topic would replace them
    topic.name = (topic.name or "").strip()
    problems: dict[str, list[str]] = {}
    if not topic.name:
        problems["name"] = [_("Bitte die Bezeichnung des Themas angeben.")]
    same_key = RecordTopic.unscoped.filter(authority_id=topic.authority_id, key=topic.key)
    if not topic.key or same_key.exclude(pk=topic.pk).exists():
        problems["key"] = [_("Bitte einen Schlüssel angeben, den noch kein Thema trägt.")]
    _raise(problems)
    with transaction.atomic():
        if not creating:
            claim_version(RecordTopic.unscoped, topic, expected_version)
        topic.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, "Thema", topic,
               request)
    return topic


# --- clients and sessions -----------------------------------------------------------------

def save_client(user, client: Client, expected_version: int | None, request=None) -> Client:
    creating = client.pk is None
    client.pseudonym = (client.pseudonym or "").strip()
    if not client.pseudonym:
        raise ValidationError({"pseudonym": [_("Bitte ein Pseudonym wählen.")]})
    with transaction.atomic():
        if creating:
            client.created_by = user
        else:
            claim_version(Client.unscoped, client, expected_version)
        client.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, "Ratsuchende",
               client, request)
    return client


def save_session(user, session: Session, chosen_topics: Iterable[RecordTopic],
                 expected_version: int | None, request=None) -> Session:
    """Create or change a session with its topics."""
    chosen_topics = list(chosen_topics)
    creating = session.pk is None
    _raise(_session_problems(session, chosen_topics))
    with transaction.atomic():
        if not creating:
            claim_version(Session.unscoped, session, expected_version)
        session.save()
        session.topics.set(chosen_topics)
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, "Beratung", session,
               request)
    return session


def _session_problems(session: Session, chosen: list[RecordTopic]) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    authority_id = session.authority_id
    if session.held_on is None or session.held_on > timezone.localdate():
        problems["held_on"] = [_("Bitte das Datum der Beratung angeben; es liegt nicht in der "
                                 "Zukunft.")]
    counsellor = session.counsellor if session.counsellor_id else None
    if counsellor is None or not _is_counsellor_of(counsellor, authority_id):
        problems["counsellor"] = [_("Bitte eine Beraterin oder einen Berater dieser Behörde "
                                    "wählen.")]
    if not session.desk_id or session.desk.authority_id != authority_id:
        problems["desk"] = [_("Bitte die Beratungsstelle wählen.")]
    if session.client is not None and session.client.authority_id != authority_id:
        problems["client"] = [_("Diese ratsuchende Person gibt es nicht.")]
    if not chosen:
        problems["topics"] = [_("Bitte mindestens ein Thema wählen.")]
    elif any(t.authority_id != authority_id for t in chosen):
        problems["topics"] = [_("Bitte nur Themen aus der Liste wählen.")]
    if session.interpreter_mode and not session.interpreter_language.strip():
        problems["interpreter_language"] = [_("Bitte angeben, in welche Sprache gedolmetscht "
                                              "wurde.")]
    if not session.interpreter_mode and (session.interpreter_language.strip()
                                         or session.interpreter_provider.strip()
                                         or session.interpreter_paid_by):
        problems["interpreter_mode"] = [_("Bitte angeben, wie gedolmetscht wurde (vor Ort, "
                                          "Telefon oder Video).")]
    return problems


def _is_counsellor_of(user: User, authority_id: int) -> bool:
    return user.is_active and user.role == Role.COUNSELLOR and user.authority_id == authority_id


# --- referrals and follow-ups -------------------------------------------------------------

def save_referral(user, referral: Referral, expected_version: int | None,
                  request=None) -> Referral:
    creating = referral.pk is None
    referral.purpose = (referral.purpose or "").strip()
    problems: dict[str, list[str]] = {}
    if not referral.organisation_id or \
            referral.organisation.authority_id != referral.authority_id:
        problems["organisation"] = [_("Bitte eine Partnerorganisation aus dem Register wählen.")]
    if referral.referred_on is None:
        problems["referred_on"] = [_("Bitte das Datum der Weitervermittlung angeben.")]
    elif referral.referred_on < referral.session.held_on:
        problems["referred_on"] = [_("Die Weitervermittlung liegt nicht vor der Beratung.")]
    if not referral.purpose:
        problems["purpose"] = [_("Bitte den Anlass der Weitervermittlung angeben.")]
    _raise(problems)
    with transaction.atomic():
        if not creating:
            claim_version(Referral.unscoped, referral, expected_version)
        referral.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, "Beratung",
               referral.session, request, {"referral": referral.pk})
    return referral


def add_follow_up(user, session: Session, *, due_date: date | None, reason: str,
                  assignee: User | None, request=None) -> RecordFollowUp:
    """A follow-up on the record; mirrored as a Wiedervorlage of the case file only where the
    person consented to share follow-ups with the casework."""
    reason = (reason or "").strip()
    problems: dict[str, list[str]] = {}
    if due_date is None:
        problems["due_date"] = [_("Bitte das Fälligkeitsdatum angeben.")]
    if not reason:
        problems["reason"] = [_("Bitte den Anlass der Wiedervorlage angeben.")]
    if assignee is None or not _is_counsellor_of(assignee, session.authority_id):
        problems["assignee"] = [_("Zuständig ist eine Beraterin oder ein Berater dieser "
                                  "Behörde.")]
    _raise(problems)
    assert due_date is not None and assignee is not None
    with transaction.atomic():
        follow_up = RecordFollowUp(authority_id=session.authority_id, session=session,
                                   due_date=due_date, reason=reason, assignee=assignee)
        consent = _consent_covering(session, DataCategory.FOLLOW_UPS)
        if consent is not None:
            assert consent.person is not None
            follow_up.case_follow_up = case_services.save_record(user, FollowUp(
                authority_id=session.authority_id, person=consent.person, due_date=due_date,
                reason=f"Beratung: {reason}"[:300], assignee=assignee, created_by=user),
                None, request)
        follow_up.save()
        _audit(user, AuditAction.CREATE, "Beratung", session, request,
               {"follow_up": follow_up.pk})
    return follow_up


def complete_follow_up(user, follow_up: RecordFollowUp, expected_version: int | None,
                       request=None) -> None:
    if follow_up.done:
        raise ValidationError(_("Diese Wiedervorlage ist schon erledigt."))
    with transaction.atomic():
        claim_version(RecordFollowUp.unscoped, follow_up, expected_version, done=True,
                      done_at=timezone.now())
        mirror = follow_up.case_follow_up
        if mirror is not None and not mirror.done:
            case_services.complete_follow_up(user, mirror, mirror.version, request)
        _audit(user, AuditAction.CHANGE, "Beratung", follow_up.session, request,
               {"follow_up": follow_up.pk, "done": True})


def _consent_covering(session: Session, category: str) -> Consent | None:
    if not session.client_id:
        return None
    return next((c for c in Consent.unscoped.filter(
        client_id=session.client_id, recipient=Recipient.CASEWORK, revoked_on__isnull=True,
        person__isnull=False).select_related("person") if category in c.categories), None)


# --- case management: Potenzialanalyse, Förderplan ----------------------------------------

def save_analysis(user, analysis: Analysis, expected_version: int | None,
                  request=None) -> Analysis:
    creating = analysis.pk is None
    problems: dict[str, list[str]] = {}
    if analysis.prepared_on is None or analysis.prepared_on > timezone.localdate():
        problems["prepared_on"] = [_("Bitte das Datum angeben; es liegt nicht in der Zukunft.")]
    if not analysis.situation.strip():
        problems["situation"] = [_("Bitte die Lebenssituation beschreiben.")]
    if not analysis.potential.strip():
        problems["potential"] = [_("Bitte die Potenziale und Ressourcen beschreiben.")]
    _raise(problems)
    with transaction.atomic():
        if not creating:
            claim_version(Analysis.unscoped, analysis, expected_version)
        analysis.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, "Ratsuchende",
               analysis.client, request, {"analysis": analysis.pk})
    return analysis


def save_goal(user, goal: Goal, expected_version: int | None, request=None) -> Goal:
    """A goal of the Förderplan; the plan follows the Potenzialanalyse."""
    creating = goal.pk is None
    goal.text = (goal.text or "").strip()
    problems: dict[str, list[str]] = {}
    if not Analysis.unscoped.filter(client_id=goal.client_id).exists():
        problems["text"] = [_("Der Förderplan folgt der Potenzialanalyse: bitte zuerst die "
                              "Potenzialanalyse erfassen.")]
    elif not goal.text:
        problems["text"] = [_("Bitte das Ziel formulieren.")]
    if goal.status not in PlanStatus.values:
        problems["status"] = [_("Bitte einen Stand wählen.")]
    _raise(problems)
    with transaction.atomic():
        if not creating:
            claim_version(Goal.unscoped, goal, expected_version)
        goal.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, "Ratsuchende",
               goal.client, request, {"goal": goal.pk})
    return goal


def save_measure(user, measure: Measure, expected_version: int | None, request=None) -> Measure:
    creating = measure.pk is None
    measure.text = (measure.text or "").strip()
    measure.responsible = (measure.responsible or "").strip()
    problems: dict[str, list[str]] = {}
    if not measure.text:
        problems["text"] = [_("Bitte die Maßnahme beschreiben.")]
    if not measure.responsible:
        problems["responsible"] = [_("Bitte angeben, wer die Maßnahme übernimmt.")]
    if measure.due_date is None:
        problems["due_date"] = [_("Bitte eine Frist angeben.")]
    if measure.status not in MeasureStatus.values:
        problems["status"] = [_("Bitte einen Stand wählen.")]
    if creating and measure.goal.status != PlanStatus.OPEN:
        problems["text"] = [_("Dieses Ziel ist abgeschlossen; neue Maßnahmen gehören zu einem "
                              "offenen Ziel.")]
    _raise(problems)
    with transaction.atomic():
        if not creating:
            claim_version(Measure.unscoped, measure, expected_version)
        measure.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, "Ratsuchende",
               measure.goal.client, request, {"measure": measure.pk})
    return measure


# --- consent ------------------------------------------------------------------------------

def give_consent(user, consent: Consent, file_number: str = "", request=None) -> Consent:
    """Record a consent: one purpose, one recipient, named data categories. A consent for the
    casework names the case file by its file number: only so is the person linked."""
    problems = _consent_problems(consent, file_number)
    _raise(problems)
    with transaction.atomic():
        consent.recorded_by = user
        consent.save()
        _audit(user, AuditAction.CREATE, "Einwilligung", consent, request,
               {"client": consent.client_id, "recipient": consent.recipient,
                "categories": consent.categories}, person=consent.person)
    return consent


def _consent_problems(consent: Consent, file_number: str) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    consent.purpose = (consent.purpose or "").strip()
    if len(consent.purpose) < MIN_PURPOSE:
        problems["purpose"] = [_("Bitte den Zweck konkret beschreiben (mindestens 15 Zeichen); "
                                 "eine pauschale Einwilligung gibt es nicht.")]
    categories = list(consent.categories or [])
    if not categories or any(c not in DataCategory.values for c in categories):
        problems["categories"] = [_("Bitte die Daten benennen, die weitergegeben werden dürfen.")]
    if consent.given_on is None or consent.given_on > timezone.localdate():
        problems["given_on"] = [_("Bitte das Datum der Einwilligung angeben; es liegt nicht in "
                                  "der Zukunft.")]
    if not (consent.explained_in or "").strip():
        problems["explained_in"] = [_("Bitte angeben, in welcher Sprache die Einwilligung "
                                      "erklärt wurde.")]
    if consent.recipient == Recipient.CASEWORK:
        _casework_problems(consent, file_number, categories, problems)
    elif consent.recipient == Recipient.PARTNER:
        if consent.partner is None or consent.partner.authority_id != consent.authority_id:
            problems["partner"] = [_("Bitte die Partnerorganisation wählen, die die Daten "
                                     "erhält.")]
    elif consent.recipient == Recipient.OTHER:
        if not consent.recipient_other.strip():
            problems["recipient_other"] = [_("Bitte die Stelle nennen, die die Daten erhält.")]
    else:
        problems["recipient"] = [_("Bitte den Empfänger wählen.")]
    return problems


def _casework_problems(consent: Consent, file_number: str, categories: list[str],
                       problems: dict[str, list[str]]) -> None:
    if categories and DataCategory.FACT not in categories:
        problems.setdefault("categories", [])
        problems["categories"].append(_("Die Sachbearbeitung erhält mindestens die Tatsache, "
                                        "das Datum und die Stelle der Beratungen."))
    person = Person.unscoped.filter(authority_id=consent.authority_id,
                                    file_number=(file_number or "").strip()).first()
    if person is None:
        problems["file_number"] = [_("Bitte das Aktenzeichen einer Fallakte dieser Behörde "
                                     "angeben.")]
        return
    consent.person = person
    linked = Consent.unscoped.filter(client_id=consent.client_id, recipient=Recipient.CASEWORK,
                                     revoked_on__isnull=True).exclude(person=person)
    if linked.exists():
        problems["file_number"] = [_("Diese ratsuchende Person ist schon mit einer anderen "
                                     "Fallakte verknüpft.")]


def revoke_consent(user, consent: Consent, revoked_on: date | None, expected_version: int | None,
                   request=None) -> Consent:
    """From the revocation on, the recipient sees nothing more; Wiedervorlagen already shared
    with the case file lose their text and say that the consent was revoked."""
    if consent.revoked_on is not None:
        raise ValidationError({"revoked_on": [_("Diese Einwilligung ist schon widerrufen.")]})
    if revoked_on is None or revoked_on > timezone.localdate() or revoked_on < consent.given_on:
        raise ValidationError({"revoked_on": [_("Bitte das Datum des Widerrufs angeben: nicht "
                                                "vor der Einwilligung und nicht in der "
                                                "Zukunft.")]})
    with transaction.atomic():
        claim_version(Consent.unscoped, consent, expected_version, revoked_on=revoked_on,
                      revocation_recorded_by=user)
        if consent.recipient == Recipient.CASEWORK:
            _withdraw_shared_follow_ups(consent)
        _audit(user, AuditAction.CHANGE, "Einwilligung", consent, request,
               {"revoked_on": revoked_on.isoformat()}, person=consent.person)
    return consent


def _withdraw_shared_follow_ups(consent: Consent) -> None:
    """The mirrored Wiedervorlagen stay as dates (the case file's own work) but lose their
    text, also in the case file's change history."""
    mirrors = FollowUp.unscoped.filter(counselling_origin__session__client_id=consent.client_id,
                                       person=consent.person)
    ids = list(mirrors.values_list("pk", flat=True))
    if not ids:
        return
    text = str(REVOKED_REASON)
    FollowUp.unscoped.filter(pk__in=ids).update(reason=text, version=F("version") + 1)
    FollowUp.history.filter(id__in=ids).update(reason=text)  # type: ignore[attr-defined]


# --- what the casework sees ---------------------------------------------------------------

@dataclass
class SharedConsent:
    """One consent to the casework and, if in force, exactly the data it releases."""

    consent: Consent
    sessions: list[Session] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    follow_ups: list[RecordFollowUp] = field(default_factory=list)

    def shows(self, category: str) -> bool:
        return self.consent.covers(category)


def shared_with_casework(person: Person) -> list[SharedConsent]:
    """For the case page: every consent naming this case file; a revoked one shows only that
    it was revoked."""
    consents = Consent.objects.filter(person=person, recipient=Recipient.CASEWORK)
    shared = []
    for consent in consents.order_by("-given_on", "-pk"):
        item = SharedConsent(consent)
        if consent.covers(DataCategory.FACT):
            item.sessions = list(Session.objects.filter(client_id=consent.client_id)
                                 .select_related("desk").prefetch_related(
                                     "topics", "referrals__organisation"))
        if consent.covers(DataCategory.PLAN):
            item.goals = list(Goal.objects.filter(client_id=consent.client_id)
                              .prefetch_related("measures"))
        if consent.covers(DataCategory.FOLLOW_UPS):
            item.follow_ups = list(RecordFollowUp.objects.filter(
                session__client_id=consent.client_id, done=False))
        shared.append(item)
    return shared


# --- lists for counsellors ----------------------------------------------------------------

def my_sessions(user) -> QuerySet[Session]:
    return Session.objects.filter(counsellor=user).select_related("client", "desk")


def open_follow_ups(user) -> QuerySet[RecordFollowUp]:
    return RecordFollowUp.objects.filter(assignee=user, done=False).select_related(
        "session__client")


def due_measures(user, today: date | None = None) -> QuerySet[Measure]:
    """Open measures due within two weeks (or overdue) of the persons this counsellor saw."""
    today = today or timezone.localdate()
    clients = Session.objects.filter(counsellor=user, client__isnull=False).values("client_id")
    return Measure.objects.filter(
        status=MeasureStatus.OPEN, goal__status=PlanStatus.OPEN, goal__client_id__in=clients,
        due_date__lte=today + timedelta(days=DUE_SOON_DAYS)).select_related("goal__client")


def session_list(date_from: date | None = None, date_to: date | None = None,
                 topic: RecordTopic | None = None) -> QuerySet[Session]:
    rows = Session.objects.select_related("client", "desk", "counsellor").prefetch_related(
        "topics")
    if date_from:
        rows = rows.filter(held_on__gte=date_from)
    if date_to:
        rows = rows.filter(held_on__lte=date_to)
    if topic is not None:
        rows = rows.filter(topics=topic)
    return rows


# --- helpers ------------------------------------------------------------------------------

def view_record(user, kind: str, row, request=None) -> None:
    """Reading a confidential record is logged (without content)."""
    _audit(user, AuditAction.VIEW, kind, row, request)


def _raise(problems: dict[str, list[str]]) -> None:
    if problems:
        raise ValidationError(problems)


def _audit(user, action: str, kind: str, row, request, extra: dict | None = None,
           person=None) -> None:
    # The target names the kind of record and its number, never content: the log is read by
    # the data-protection officer, not only by the desk.
    record(user, action, person=person, target=f"{kind} {row.pk}", request=request,
           authority_id=row.authority_id,
           detail={"record": row._meta.model_name, "id": row.pk, **(extra or {})})
