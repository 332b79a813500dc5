"""The district's training year: in-house seminars (de-escalation, intercultural competence,
the law changes of 2024 and 2026), coaching for the desk staff, an external course, attendance,
requirements per role, the plan and the staff's languages - through training/changes.py.

Costs follow practice.md D3 (450 € per two-day course); seminars are booked on the grant's
budget line "Qualifizierung" so that the grant module can link them as expenses.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.training import changes
from wegweiser.training.models import (
    AttendanceStatus,
    EventKind,
    LanguageSkill,
    PlannedTraining,
    TopicRequirement,
    TrainingEvent,
    TrainingTopic,
)

BUDGET_LINE = "KOMM-IN NRW – Qualifizierung"
# (days before the demo date, kind, topic, title, trainer, hours, cost, who takes part)
EVENTS = [
    (300, EventKind.SEMINAR, "Rechtsänderungen",
     "Rechtsänderungen 2024: Rückführungsverbesserungsgesetz und § 19d Abs. 1 Nr. 1 a",
     "Flüchtlingsrat NRW e. V.", "6", "900", "all"),
    (230, EventKind.SEMINAR, "Deeskalation", "Deeskalation am Schalter und in der Beratung",
     "Polizeipräsidium, Kommissariat Kriminalprävention", "7", "1200", "all"),
    (170, EventKind.SEMINAR, "Interkulturelle Kompetenz",
     "Interkulturelle Kompetenz in der Ausländerbehörde",
     "Kommunales Integrationszentrum Kreis Rhein-Wupper", "6", "0", "all"),
    (120, EventKind.COURSE, "Bleiberecht nach § 25b AufenthG",
     "Bleiberecht nach §§ 25a, 25b AufenthG (2 Tage)", "Kommunales Bildungswerk e. V.",
     "14", "450", "caseworkers"),
    (90, EventKind.COACHING, "Traumasensible Gesprächsführung",
     "Coaching: Gespräche mit belasteten Ratsuchenden", "Dipl.-Psych. Hanna Vogt",
     "3", "360", "counsellors"),
    (45, EventKind.COACHING, "Konfliktsituationen", "Coaching: schwierige Gespräche am Empfang",
     "Dipl.-Psych. Hanna Vogt", "3", "360", "counsellors"),
    (20, EventKind.SUPERVISION, "Konfliktsituationen", "Fallsupervision Beratungsstelle",
     "Dipl.-Psych. Hanna Vogt", "2", "240", "counsellors"),
    (-25, EventKind.SEMINAR, "Rechtsänderungen",
     "Rechtsänderungen 2026: GEAS-Reform und Anpassungen im AufenthG",
     "Flüchtlingsrat NRW e. V.", "6", "900", "all"),
]
# (role, topic, validity in months or None)
REQUIREMENTS = [
    (Role.COUNSELLOR, "Deeskalation", 24), (Role.COUNSELLOR, "Traumasensible Gesprächsführung",
                                            None),
    (Role.CASEWORKER, "Rechtsänderungen", 12), (Role.CASEWORKER, "Deeskalation", 24),
    (Role.HEAD, "Datenschutz", 36),
]
# username -> [(language, level)]
LANGUAGES = {
    "beratung1": [("Türkisch", "native"), ("Englisch", "C1"), ("Arabisch", "A2")],
    "beratung2": [("Englisch", "B2"), ("Russisch", "B1")],
    "sachbearbeitung2": [("Türkisch", "native"), ("Englisch", "B2")],
    "sachbearbeitung3": [("Französisch", "B2")],
    "sachbearbeitung4": [("Englisch", "C1"), ("Polnisch", "native")],
    "leitung": [("Englisch", "C1")],
}


def add_training(head: User, today: date) -> list[TrainingEvent]:
    authority_id = head.authority_id
    assert authority_id is not None  # a demo head belongs to the district
    changes.seed_default_topics(head)
    topics = {t.name: t for t in TrainingTopic.unscoped.filter(authority_id=authority_id)}
    staff = list(User.objects.filter(authority_id=authority_id, is_active=True)
                 .exclude(role__in=[Role.ADMIN, Role.DPO]).order_by("username"))
    events = [_event(head, topics, staff, today, n, *row) for n, row in enumerate(EVENTS)]
    for role, topic, months in REQUIREMENTS:
        changes.save_requirement(head, TopicRequirement(
            authority_id=authority_id, role=role, topic=topics[topic],
            validity_months=months), None)
    by_name = {u.username: u for u in staff}
    for username, skills in LANGUAGES.items():
        for language, level in skills:
            if username in by_name:
                changes.save_language(head, LanguageSkill(
                    authority_id=authority_id, user=by_name[username], language=language,
                    level=level), None)
    for user in staff:
        if user.role == Role.CASEWORKER:
            changes.save_plan(head, PlannedTraining(
                authority_id=authority_id, user=user, topic=topics["Interkulturelle Kompetenz"],
                year=today.year + 1, note="Auffrischung"), None)
    return events


def _event(head, topics, staff, today, n, days_before, kind, topic, title, trainer, hours, cost,
           who) -> TrainingEvent:
    held_on = today - timedelta(days=days_before)
    participants = [u for u in staff if who == "all"
                    or (who == "caseworkers" and u.role in (Role.CASEWORKER, Role.HEAD))
                    or (who == "counsellors" and u.role == Role.COUNSELLOR)]
    event = changes.save_event(head, TrainingEvent(
        authority_id=head.authority_id, kind=kind, topic=topics[topic], title=title,
        trainer=trainer, held_on=held_on, hours=Decimal(hours), cost=Decimal(cost),
        budget_line=BUDGET_LINE if Decimal(cost) else "",
        evidence_reference=f"Teilnahmeliste {held_on:%Y}-{n + 1:02d}"), None, participants)
    if held_on <= timezone.localdate():
        # One in eight excused, one no-show in the larger seminars: attendance is not perfect.
        statuses = {u.pk: AttendanceStatus.ATTENDED for u in participants}
        for i, user in enumerate(participants):
            if (i + n) % 8 == 7:
                statuses[user.pk] = AttendanceStatus.EXCUSED
            elif len(participants) > 6 and (i + n) % 11 == 5:
                statuses[user.pk] = AttendanceStatus.ABSENT
        event.refresh_from_db()
        changes.record_attendance(head, event, event.version, statuses)
    return event
