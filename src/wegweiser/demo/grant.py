"""The programme's grant and a first committee report, through reporting's doors
(reporting/grants.py, reporting/reports.py).

The grant: KOMM-IN NRW, 38,000 € from the Land (practice.md D3, the seed submission; the
KOMM-IN average of 2008 was about 43,000 € per project), two years from the month a year before
the demo date, with budget lines, the training events with a cost as expenses (linked to the
event), interpreters and the translated letter annexes, and milestones. The
report: a draft Sitzungsvorlage for the last full half-year, with its Beratungsfolge.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from wegweiser.accounts.models import User
from wegweiser.reporting import grants, reports
from wegweiser.reporting.models import (
    BudgetLine,
    CommitteeReport,
    Expense,
    Grant,
    LineKind,
    Milestone,
)
from wegweiser.training.models import EventKind, TrainingEvent

# (kind, title, planned €): 38,000 € in all
LINES = [
    (LineKind.TRAINERS, "Inhouse-Seminare und Lehrgänge", "12000"),
    (LineKind.COACHING, "Coaching und Supervision der Beratung", "6000"),
    (LineKind.DESK, "Ausstattung der Beratungsstelle (Wartenummern, Anzeige)", "8000"),
    (LineKind.TRANSLATION, "Dolmetschen und Übersetzung der Briefanlagen", "7000"),
    (LineKind.MATERIAL, "Informationsmaterial in sieben Sprachen", "5000"),
]


def add_grant(head: User, today: date) -> Grant:
    authority_id = head.authority_id
    assert authority_id is not None
    start = date(today.year - 1, today.month, 1)
    end = date(today.year + 1, today.month, 1) - timedelta(days=1)
    grant = grants.save_grant(head, Grant(
        authority_id=authority_id, programme="KOMM-IN NRW – Innovation in der kommunalen "
        "Integrationsarbeit", funding_body="Ministerium für Kinder, Jugend, Familie, "
        "Gleichstellung, Flucht und Integration NRW (über die Bezirksregierung Arnsberg)",
        purpose="Bleiberecht, Beratung und Dialog: Serviceorientierung der Ausländerbehörde",
        notice_reference=f"36.02.04-KOMM-IN-{start.year}-017", notice_date=start - timedelta(
            days=20), amount=Decimal("38000.00"), own_share=Decimal("4000.00"),
        period_start=start, period_end=end, phase_end=end), None)
    lines = {kind: grants.save_line(head, BudgetLine(
        authority_id=authority_id, grant=grant, kind=kind, title=title,
        planned=Decimal(planned)), None) for kind, title, planned in LINES}
    n = 0
    for event in TrainingEvent.unscoped.filter(authority_id=authority_id, cost__gt=0,
                                                held_on__range=(start, min(today, end))
                                                ).order_by("held_on"):
        n += 1
        kind = LineKind.TRAINERS if event.kind in (EventKind.SEMINAR, EventKind.COURSE) \
            else LineKind.COACHING
        grants.add_expense(head, Expense(
            authority_id=authority_id, grant=grant, line=lines[kind],
            spent_on=event.held_on + timedelta(days=14), amount=event.cost,
            receipt=f"RE-{event.held_on:%Y}-{n:03d}", description=f"Honorar: {event.trainer}",
            training_event=event))
    for months, amount, receipt, description in [
            (1, "2380.00", "RE-UE-001", "Übersetzung der Briefanlage in sechs Sprachen"),
            (3, "640.00", "RE-DO-014", "Telefondolmetschen, Quartal"),
            (6, "5120.00", "RE-BS-002", "Wartenummernsystem und Anzeige im Wartebereich"),
            (7, "910.00", "RE-DO-027", "Dolmetscherpool des KI, Einsätze Beratungsstelle")]:
        spent_on = start + timedelta(days=30 * months)
        if spent_on <= min(today, end):
            line = lines[LineKind.DESK if receipt.startswith("RE-BS") else LineKind.TRANSLATION]
            grants.add_expense(head, Expense(
                authority_id=authority_id, grant=grant, line=line, spent_on=spent_on,
                amount=Decimal(amount), receipt=receipt, description=description))
    for title, due, done in [("Beratungsstelle eröffnet", start + timedelta(days=90), True),
                             ("Zwischennachweis an die Bezirksregierung",
                              date(start.year + 1, 3, 31), today > date(start.year + 1, 3, 31)),
                             ("Verwendungsnachweis mit Sachbericht", end + timedelta(days=180),
                              False)]:
        grants.save_milestone(head, Milestone(authority_id=authority_id, grant=grant,
                                              title=title, due_on=due,
                                              done_on=due if done else None), None)
    return grant


def add_report(head: User, today: date) -> CommitteeReport:
    """A draft for the last full half-year before the demo date."""
    end = date(today.year, today.month, 1) - timedelta(days=1)
    start = date(end.year if end.month > 5 else end.year - 1, (end.month - 6) % 12 + 1, 1)
    meeting = today + timedelta(days=28)
    assert head.authority_id is not None
    report = CommitteeReport(
        authority_id=head.authority_id, number=f"V/{today.year}/0147", public=True,
        department="Fachbereich 32 – Ausländerbehörde", author_name=head.get_full_name(),
        date=today, file_reference="32.1-KOMM-IN", period_start=start, period_end=end,
        subject=f"Bleiberecht, Beratung und Dialog: Bericht über das Halbjahr "
                f"{start:%m/%Y}–{end:%m/%Y}",
        proposal="Der Ausschuss für Soziales und Integration nimmt den Bericht zur Kenntnis.",
        financial_impact="yes",
        financial_text="Die Maßnahmen werden aus der Zuwendung KOMM-IN NRW (38.000 €) und "
                       "einem Eigenanteil von 4.000 € finanziert.",
        text_integration="Die Bleiberechtsprüfung läuft monatlich über den ganzen Bestand; "
                         "Personen, die die Voraussetzungen jetzt erfüllen, wurden "
                         "angeschrieben und zur Beratung eingeladen.",
        text_counselling="Die Zentrale Anlaufstelle im Kreishaus berät an vier Tagen in der "
                         "Woche mit zwei Beraterinnen und Beratern, mit Termin oder Wartenummer.",
        text_dialogue="Mit 14 Partnerorganisationen, darunter der Integrationsrat, die "
                      "Wohlfahrtsverbände und drei Migrantenorganisationen, werden Anliegen "
                      "weitervermittelt.",
        text_training="Alle Beschäftigten haben an Seminaren zu Deeskalation, interkultureller "
                      "Kompetenz und den Rechtsänderungen teilgenommen; die Beratung erhält "
                      "Coaching und Supervision.")
    return reports.save_report(head, report, None, [
        ("Integrationsrat", meeting - timedelta(days=7), "preliminary"),
        ("Ausschuss für Soziales und Integration", meeting, "notice")])
