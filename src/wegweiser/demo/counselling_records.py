"""Counselling sessions of the past weeks at the district's desk, through the records' one door
(counselling/records.py): anonymous sessions and recurring clients under a pseudonym, some
linked to their case file by a consent for the casework, interpreters (Arabic, Farsi,
Ukrainian), referrals to partners, follow-ups, and one client in case management with a
Potenzialanalyse and a Förderplan.

Volume: two counsellors at 150-300 cases a year each (practice.md B3, E) make about ten
sessions a week; topics weighted after DeZIM (residence law about 27 %).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.utils import timezone

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.cases.models import Person
from wegweiser.counselling import records
from wegweiser.counselling.models import (
    Analysis,
    Client,
    Consent,
    DataCategory,
    Desk,
    Goal,
    Measure,
    MeasureStatus,
    PlanStatus,
    Recipient,
    Referral,
    Session,
)
from wegweiser.dialogue.models import Organisation

WEEKS = 8
SESSIONS_PER_WEEK = 10
TOPIC_WEIGHTS = {"pathways": 17, "residence": 10, "benefits": 12, "language": 11, "work": 15,
                 "housing": 10, "documents": 14, "family": 8, "health": 3}
# (language of the session, interpreted into, mode, provider, paid by)
INTERPRETERS = [
    ("Deutsch", "Arabisch", "in_person", "Dolmetscherpool des KI", "authority"),
    ("Deutsch", "Farsi", "phone", "Telefondolmetschdienst Triaphon", "authority"),
    ("Deutsch", "Ukrainisch", "video", "Ukrainischer Verein „Mrija“ e. V.", "volunteer"),
    ("Deutsch", "Arabisch", "phone", "Telefondolmetschdienst Triaphon", "authority"),
]
PSEUDONYMS = [
    ("Frau A. aus Rahlingen", "Arabisch"), ("Herr K. aus Velbrück", "Farsi"),
    ("Familie M. aus Mettwald", "Deutsch"), ("Frau O. aus Hilgenbach", "Ukrainisch"),
    ("Herr D. aus Langenhorst", "Englisch"), ("Herr S. aus Erkenrode", "Türkisch"),
    ("Frau H. aus Haanenberg", "Arabisch"), ("Herr B. aus Monrath", "Deutsch"),
    ("Frau N. aus Heiligenrode", "Farsi"), ("Herr Y. aus Wülfershagen", "Russisch"),
    ("Frau T. aus Rahlingen", "Deutsch"), ("Herr E. aus Velbrück", "Englisch"),
]
OUTCOMES = {
    "pathways": ("Voraussetzungen § 25b besprochen; Lebensunterhalt und A2 fehlen noch.",
                 "Sprachkurs anmelden; Nachweise sammeln."),
    "residence": ("Duldung läuft in 3 Wochen ab; Verlängerung rechtzeitig beantragen.",
                  "Termin bei der Sachbearbeitung vereinbaren."),
    "benefits": ("Bescheid des Sozialamts erklärt.", "Widerspruchsfrist notiert."),
    "language": ("Integrationskurs: Zulassung möglich.", "Antrag beim BAMF stellen."),
    "work": ("Ausbildungsplatzangebot vorhanden; Ausbildungsduldung § 60c besprochen.",
             "Vertrag und Eintragung der Kammer vorlegen."),
    "housing": ("Auszug aus der Gemeinschaftsunterkunft gewünscht.", "Wohnberechtigungsschein."),
    "documents": ("Passbeschaffung: Botschaftstermin fehlt.", "Nachweis der Bemühungen sammeln."),
    "family": ("Schulanmeldung der Kinder geklärt.", ""),
    "health": ("Attest für die Ausländerbehörde besprochen.", "Fachärztlichen Befund einholen."),
}
# topic key -> partner names that a referral for it goes to
REFERRALS = {
    "pathways": ["Caritasverband Rhein-Wupper – Migrationsdienst",
                 "Kanzlei Brenner & Aydın – Migrationsrecht", "Flüchtlingsrat NRW e. V."],
    "residence": ["Kanzlei Brenner & Aydın – Migrationsrecht",
                  "Diakonie im Kreis Rhein-Wupper – Flüchtlingsberatung"],
    "work": ["Jobcenter Kreis Rhein-Wupper", "AWO Kreisverband – Jugendmigrationsdienst"],
    "language": ["Kommunales Integrationszentrum Kreis Rhein-Wupper"],
    "benefits": ["Jobcenter Kreis Rhein-Wupper"],
    "housing": ["Ehrenamtskreis Asyl Monrath", "DRK-Kreisverband – Suchdienst und Migrationsberatung"],
    "documents": ["Nigerianische Gemeinschaft Kreis Rhein-Wupper e. V.",
                  "Afghanischer Kulturverein Rhein-Wupper e. V."],
}


def add_sessions(desk: Desk, today: date, seed: int) -> list[Session]:
    """Sessions of the last WEEKS weeks up to the demo date (never after the real date: the
    records refuse a session in the future)."""
    rng = random.Random(f"{seed}-sessions")
    last = min(today, timezone.localdate())
    counsellors = list(User.objects.filter(authority_id=desk.authority_id, role=Role.COUNSELLOR,
                                           is_active=True).order_by("username"))
    if not counsellors:
        return []
    topics = {t.key: t for t in records.topics(desk.authority_id)}
    partners = {o.name: o for o in Organisation.unscoped.filter(authority_id=desk.authority_id)}
    clients = _clients(counsellors[0], desk.authority_id)
    days = [last - timedelta(days=d) for d in range(WEEKS * 7, 0, -1)]
    days = [d for d in days if d.weekday() < 4 and not desk.closed_days.filter(day=d).exists()]
    sessions = []
    for n in range(WEEKS * SESSIONS_PER_WEEK):
        held_on = days[n * len(days) // (WEEKS * SESSIONS_PER_WEEK)]
        client = rng.choice(clients) if rng.random() < 0.55 else None
        sessions.append(_session(rng, desk, held_on, counsellors[n % len(counsellors)], client,
                                 topics, partners))
    _link_case_files(counsellors[0], clients, desk.authority_id, last)
    _case_management(counsellors[0], clients[0], last)
    return sessions


def _clients(counsellor: User, authority_id: int) -> list[Client]:
    return [records.save_client(counsellor, Client(authority_id=authority_id, pseudonym=name,
                                                   language=language), None)
            for name, language in PSEUDONYMS]


def _session(rng, desk, held_on, counsellor, client, topics, partners) -> Session:
    keys = rng.choices(list(TOPIC_WEIGHTS), weights=list(TOPIC_WEIGHTS.values()),
                       k=rng.choice([1, 1, 2]))
    chosen = [topics[k] for k in dict.fromkeys(keys)]
    outcome, next_steps = OUTCOMES[chosen[0].key]
    session = Session(authority_id=desk.authority_id, desk=desk, held_on=held_on,
                      counsellor=counsellor, client=client, outcome=outcome,
                      next_steps=next_steps, language=client.language if client else "Deutsch",
                      channel=rng.choices(["in_person", "phone", "video"], weights=[80, 15, 5])[0],
                      relatives=rng.choice(["", "", "", "Ehefrau", "Ehemann, zwei Kinder"]))
    if rng.random() < 0.3:
        language, into, mode, provider, paid_by = rng.choice(INTERPRETERS)
        session.language, session.interpreter_language = language, into
        session.interpreter_mode, session.interpreter_provider = mode, provider
        session.interpreter_paid_by = paid_by
    records.save_session(counsellor, session, chosen, None)
    names = REFERRALS.get(chosen[0].key, [])
    if names and rng.random() < 0.3:
        organisation = partners.get(rng.choice(names))
        if organisation is not None:
            records.save_referral(counsellor, Referral(
                authority_id=desk.authority_id, session=session, organisation=organisation,
                referred_on=held_on, purpose=f"{chosen[0].name}: weitere Beratung",
                outcome=rng.choice(["", "Termin vereinbart", "Beratung hat stattgefunden"])),
                None)
    if rng.random() < 0.15:
        records.add_follow_up(counsellor, session, due_date=held_on + timedelta(days=21),
                              reason="Nachweise durchsehen", assignee=counsellor)
    return session


def _link_case_files(counsellor: User, clients: list[Client], authority_id: int,
                     last: date) -> None:
    """Four clients consent that the casework sees the fact, topics and outcome of their
    counselling (two also the follow-ups); one of them later revokes."""
    persons = list(Person.unscoped.filter(authority_id=authority_id, closed_on__isnull=True)
                   .order_by("file_number")[:4])
    base = [DataCategory.FACT, DataCategory.TOPICS, DataCategory.OUTCOME]
    for n, (client, person) in enumerate(zip(clients[:4], persons, strict=False)):
        categories = base + ([DataCategory.FOLLOW_UPS, DataCategory.PLAN] if n < 2 else [])
        consent = records.give_consent(counsellor, Consent(
            authority_id=authority_id, client=client, recipient=Recipient.CASEWORK,
            purpose="Prüfung eines Antrags auf Aufenthaltserlaubnis nach § 25b AufenthG",
            categories=[str(c) for c in categories], given_on=last - timedelta(days=30 - n),
            explained_in=client.language or "Deutsch"), person.file_number)
        if n == 3:
            records.revoke_consent(counsellor, consent, last - timedelta(days=3), consent.version)


def _case_management(counsellor: User, client: Client, last: date) -> None:
    """Potenzialanalyse and Förderplan for the first client: three goals with measures."""
    authority_id = client.authority_id
    records.save_analysis(counsellor, Analysis(
        authority_id=authority_id, client=client, prepared_on=last - timedelta(days=40),
        situation="Seit 2017 in Deutschland, Kettenduldung (Passbeschaffung), verheiratet, "
                  "zwei Kinder in der Grundschule, Wohnung in Rahlingen.",
        potential="Arabisch Muttersprache, Deutsch A2 mündlich, Berufserfahrung als Schneiderin, "
                  "Unterstützung durch die Kirchengemeinde."), None)
    plan = [
        ("Deutsch B1 erreichen", PlanStatus.OPEN,
         [("Anmeldung Integrationskurs (Aufbaukurs)", "ratsuchende Person", 14, MeasureStatus.DONE),
          ("Prüfung DTZ ablegen", "ratsuchende Person", 120, MeasureStatus.OPEN)]),
        ("Lebensunterhalt überwiegend sichern", PlanStatus.OPEN,
         [("Bewerbung Änderungsschneiderei", "ratsuchende Person", 30, MeasureStatus.OPEN),
          ("Termin Jobcenter Team Integration", "Beratung", 10, MeasureStatus.DONE)]),
        ("Pass beschaffen", PlanStatus.ACHIEVED,
         [("Botschaftstermin wahrnehmen", "ratsuchende Person", -10, MeasureStatus.DONE)]),
    ]
    for text, status, measures in plan:
        goal = records.save_goal(counsellor, Goal(
            authority_id=authority_id, client=client, text=text,
            created_on=last - timedelta(days=38)), None)
        for measure_text, responsible, due, measure_status in measures:
            records.save_measure(counsellor, Measure(
                authority_id=authority_id, goal=goal, text=measure_text, responsible=responsible,
                due_date=last + timedelta(days=due), status=measure_status), None)
        if status != PlanStatus.OPEN:
            goal.status = status
            records.save_goal(counsellor, goal, goal.version)
