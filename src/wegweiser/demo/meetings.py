"""A year of dialogue in the district, through the dialogue's one door (dialogue/meetings.py):
the integration council every quarter (a series, its next session planned), the round table on
the right to stay every six months (Erlangen's rhythm, practice.md C3), a round table with the
migrant organisations, bilateral talks with welfare associations, the Jobcenter and the
Flüchtlingsrat, and an exchange with the neighbouring city's immigration office.

Each meeting has participants (partners, their contact persons, staff), topics and short plain
minutes; agreed actions are owned by staff or by a partner, with due dates and states - done
with an outcome, in progress, open, some overdue, one dropped. Three concerns of partners are
linked to the district's guideline and, where the review examples exist, to a constellation.

Everything is relative to the demo date; the seed only decides which caseworker sits in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.dialogue import meetings
from wegweiser.dialogue.models import (
    ActionStatus,
    AgreedAction,
    Concern,
    Contact,
    Meeting,
    MeetingFormat,
    MeetingSeries,
    MeetingStatus,
    Organisation,
)
from wegweiser.review.models import Constellation, Guideline

F, S = MeetingFormat, ActionStatus
COUNCIL = "Integrationsrat des Kreises Rhein-Wupper"
CARITAS = "Caritasverband Rhein-Wupper – Migrationsdienst"
DIAKONIE = "Diakonie im Kreis Rhein-Wupper – Flüchtlingsberatung"
AWO = "AWO Kreisverband – Jugendmigrationsdienst"
DRK = "DRK-Kreisverband – Suchdienst und Migrationsberatung"
AFGHAN = "Afghanischer Kulturverein Rhein-Wupper e. V."
NIGERIAN = "Nigerianische Gemeinschaft Kreis Rhein-Wupper e. V."
MRIJA = "Ukrainischer Verein „Mrija“ e. V."
JOBCENTER = "Jobcenter Kreis Rhein-Wupper"
FRNRW = "Flüchtlingsrat NRW e. V."
KI = "Kommunales Integrationszentrum Kreis Rhein-Wupper"
WUPPERFELD = "Ausländerbehörde der Stadt Wupperfeld"

# Owners: "head", "counsellor", "caseworker" (staff of that role) or a partner's name.
# Action: (text, owner, due in days after the meeting, state, outcome)
ActionSpec = tuple[str, str, int, str, str]


@dataclass(frozen=True)
class MeetingSpec:
    days_ago: int
    format: str
    title: str
    partners: tuple[str, ...]
    staff: tuple[str, ...]
    topics: str
    minutes: str
    actions: tuple[ActionSpec, ...] = ()
    series: str = ""


COUNCIL_SERIES = "Integrationsrat: Bericht der Ausländerbehörde"
ROUND_TABLE_SERIES = "Runder Tisch Bleiberecht"
SERIES = [(COUNCIL_SERIES, F.INTEGRATION_COUNCIL, 3), (ROUND_TABLE_SERIES, F.ROUND_TABLE, 6)]

MEETINGS = [
    MeetingSpec(
        340, F.INTEGRATION_COUNCIL, COUNCIL_SERIES, (COUNCIL, KI), ("head",),
        "Bleiberecht: Zahlen des Kreises\nZentrale Anlaufstelle: Planung",
        "Die Leitung stellte die Zahlen der geduldeten Personen und der erteilten "
        "Aufenthaltserlaubnisse vor. Der Rat begrüßt die geplante Beratungsstelle und bittet "
        "um einen Bericht in jeder Sitzung.",
        (("Zahlen zu §§ 25a, 25b und 104c vierteljährlich an den Integrationsrat senden",
          "head", 30, S.DONE, "Erste Übersicht versandt; seitdem fester Tagesordnungspunkt."),
         ("Merkblatt „Bleiberecht“ in einfacher Sprache entwerfen", "counsellor", 60, S.DONE,
          "Merkblatt liegt in sieben Sprachen in der Beratungsstelle aus.")),
        COUNCIL_SERIES),
    MeetingSpec(
        300, F.ROUND_TABLE, ROUND_TABLE_SERIES, (CARITAS, DIAKONIE, AWO, DRK, FRNRW, KI),
        ("head", "counsellor"),
        "Nachweise für § 25b AufenthG\nWartezeiten bei Terminen",
        "Die Wohlfahrtsverbände berichten, dass Nachweise über Sprachkenntnisse und "
        "Lebensunterhalt schwer zu beschaffen sind. Die Ausländerbehörde erläutert, welche "
        "Nachweise genügen. Sprecherinnen für das nächste Jahr: Caritas und Diakonie.",
        (("Liste der anerkannten Nachweise für § 25b an die Verbände geben", "caseworker", 21,
          S.DONE, "Liste verschickt und auf der Internetseite veröffentlicht."),
         ("Sprechzeiten der Beratungsstelle mit den Verbänden abstimmen", CARITAS, 45, S.DONE,
          "Dienstag und Donnerstag Nachmittag; die Verbände verweisen dorthin."),
         ("Gemeinsame Informationsveranstaltung für Geduldete planen", DIAKONIE, 120,
          S.DROPPED, "Nicht umgesetzt: stattdessen Sprechstunde in der Beratungsstelle.")),
        ROUND_TABLE_SERIES),
    MeetingSpec(
        270, F.BILATERAL, "Gespräch mit dem Caritas-Migrationsdienst: Passbeschaffung",
        (CARITAS,), ("head", "caseworker"),
        "Zumutbare Mitwirkung bei der Passbeschaffung",
        "Die Caritas schildert Fälle, in denen Botschaften keine Pässe ausstellen. Vereinbart: "
        "Die Ausländerbehörde nennt die Nachweise, die als Mitwirkung anerkannt werden.",
        (("Beispiele anerkannter Mitwirkungshandlungen zusammenstellen", "caseworker", 30,
          S.DONE, "Übersicht an die Caritas gegeben."),)),
    MeetingSpec(
        250, F.INTEGRATION_COUNCIL, COUNCIL_SERIES, (COUNCIL,), ("head",),
        "Bericht der Ausländerbehörde\nEröffnung der Beratungsstelle",
        "Bericht über die ersten Wochen der Zentralen Anlaufstelle. Der Rat fragt nach "
        "Dolmetschern für Tigrinya und Dari.",
        (("Dolmetscherpool des KI um Tigrinya und Dari erweitern", KI, 90, S.DONE,
          "Zwei Dolmetscherinnen gewonnen."),),
        COUNCIL_SERIES),
    MeetingSpec(
        210, F.ROUND_TABLE, "Runder Tisch mit den Migrantenorganisationen",
        (AFGHAN, NIGERIAN, MRIJA, KI), ("head", "counsellor"),
        "Termine ohne Internet\nPassbeschaffung",
        "Die Vereine berichten, dass viele Menschen keine Termine online buchen können. "
        "Vereinbart: Termine auch telefonisch und über die Vereine.",
        (("Telefonische Terminvergabe an zwei Vormittagen einrichten", "counsellor", 30,
          S.DONE, "Seit dem Folgemonat Montag und Mittwoch 9–12 Uhr."),
         ("Informationsabend in der Gemeinde zur Passbeschaffung", NIGERIAN, 75, S.OPEN, ""))),
    MeetingSpec(
        190, F.BILATERAL, "Gespräch mit dem Jobcenter: Beschäftigungsduldung",
        (JOBCENTER,), ("head", "caseworker"),
        "§ 60d AufenthG: Ablauf zwischen Jobcenter und Ausländerbehörde",
        "Abgestimmt, welche Bescheinigungen das Jobcenter für den Lebensunterhalt ausstellt.",
        (("Ansprechpartner im Jobcenter für Beschäftigungsduldungen benennen", JOBCENTER, 14,
          S.DONE, "Team Integration ist Ansprechpartner."),
         ("Musteranschreiben für Lebensunterhaltsnachweise abstimmen", "caseworker", 60,
          S.IN_PROGRESS, ""))),
    MeetingSpec(
        170, F.OFFICE_EXCHANGE, "Erfahrungsaustausch mit der Ausländerbehörde Wupperfeld",
        (WUPPERFELD,), ("head", "caseworker"),
        "Leitlinien zu § 25 Abs. 5 AufenthG\nAktenabgabe bei Umzug",
        "Beide Behörden stellen ihre Leitlinien vor. Wupperfeld übernimmt die Leitlinie zu "
        "§ 25 Abs. 5 als Entwurf aus dem Katalog der Behörden.",
        (("Leitlinie 25.5.1 im Katalog der Behörden veröffentlichen", "head", 14, S.DONE,
          "Veröffentlicht."),
         ("Ablauf der Aktenabgabe bei Umzug schriftlich abstimmen", WUPPERFELD, 60, S.OPEN,
          ""))),
    MeetingSpec(
        160, F.INTEGRATION_COUNCIL, COUNCIL_SERIES, (COUNCIL, KI), ("head",),
        "Bericht der Ausländerbehörde\nWartezeiten",
        "Die Wartezeit auf einen Termin liegt bei zwei Wochen. Der Rat bittet um Zahlen zu "
        "Wartezeiten in jedem Bericht.",
        (("Wartezeiten der Beratungsstelle in den Bericht aufnehmen", "head", 60, S.DONE,
          "Fester Abschnitt im Bericht an den Rat."),),
        COUNCIL_SERIES),
    MeetingSpec(
        120, F.ROUND_TABLE, ROUND_TABLE_SERIES, (CARITAS, DIAKONIE, AWO, DRK, FRNRW, KI),
        ("head", "counsellor", "caseworker"),
        "Junge Erwachsene und § 25a AufenthG\nSachstand früherer Vereinbarungen",
        "Die AWO berichtet von jungen Erwachsenen, die den Antrag vor dem 27. Geburtstag "
        "verpassen. Sachstand: Nachweisliste und Sprechzeiten umgesetzt.",
        (("Junge Erwachsene ab 20 Jahren gezielt anschreiben", "counsellor", 45, S.IN_PROGRESS,
          ""),
         ("Fälle junger Erwachsener an die Beratungsstelle vermitteln", AWO, 60, S.OPEN, "")),
        ROUND_TABLE_SERIES),
    MeetingSpec(
        90, F.BILATERAL, "Gespräch mit der AWO: Ausbildung und Ausbildungsduldung",
        (AWO,), ("counsellor",),
        "§ 60c AufenthG\nBerufsschulen",
        "Absprache zur Beratung von Auszubildenden; die AWO bringt Fälle in die Sprechstunde.",
        (("Kontakt zu den Berufskollegs im Kreis herstellen", AWO, 60, S.DONE,
          "Drei Berufskollegs verweisen an die Beratungsstelle."),)),
    MeetingSpec(
        70, F.INTEGRATION_COUNCIL, COUNCIL_SERIES, (COUNCIL,), ("head",),
        "Bericht der Ausländerbehörde\nRechtsänderungen",
        "Die Leitung berichtet über die Rechtsänderungen und die Schulung der Beschäftigten.",
        (("Übersicht der Rechtsänderungen für den Rat in einfacher Sprache", "head", 21,
          S.OPEN, ""),
         ("Fragen aus den Gemeinden sammeln und weitergeben", COUNCIL, 60, S.OPEN, "")),
        COUNCIL_SERIES),
    MeetingSpec(
        30, F.BILATERAL, "Gespräch mit dem Flüchtlingsrat NRW: Härtefallersuchen",
        (FRNRW,), ("head", "caseworker"),
        "Härtefallkommission\nAnhörung vor der Ablehnung",
        "Der Flüchtlingsrat bittet, vor einer Ablehnung nach § 25 Abs. 5 auf die "
        "Härtefallkommission hinzuweisen.",
        (("Hinweis auf die Härtefallkommission in die Anhörungsschreiben aufnehmen",
          "caseworker", 45, S.OPEN, ""),)),
]

# (meeting title, partner, text, link to "guideline" / "constellation")
CONCERNS = [
    (ROUND_TABLE_SERIES, CARITAS, "Nachweise für die Mitwirkung bei der Passbeschaffung "
     "werden sehr unterschiedlich verlangt; die Ablehnungen nennen selten eine Abwägung.",
     "guideline"),
    ("Gespräch mit dem Flüchtlingsrat NRW: Härtefallersuchen", FRNRW,
     "Bei Ablehnungen nach § 25 Abs. 5 fehlt oft die Prüfung, ob von der Passpflicht "
     "abgesehen werden kann.", "guideline"),
    (ROUND_TABLE_SERIES, AWO, "Junge Erwachsene mit Schulabschluss verpassen die Frist des "
     "§ 25a, weil niemand sie vor dem 27. Geburtstag anspricht.", "constellation"),
]
CONSTELLATION_OF_CONCERN = "Junge Erwachsene 21–26 mit Schulabschluss"


def add_meetings(head: User, today: date, seed: int,
                 organisations: dict[str, Organisation]) -> list[Meeting]:
    """Create the year of meetings as the head of department; answers them oldest first."""
    authority_id = head.authority_id
    assert authority_id is not None
    staff = _staff(authority_id, head, seed)
    series = {title: meetings.save_series(head, MeetingSeries(
        authority_id=authority_id, title=title, format=fmt, rhythm_months=rhythm), None)
        for title, fmt, rhythm in SERIES}
    created: list[Meeting] = []
    for spec in MEETINGS:
        created.append(_meeting(head, spec, today, staff, organisations, series))
    for one in series.values():  # the next session of each series, planned
        created.append(meetings.plan_next(head, one))
    _concerns(head, created, organisations)
    return created


def _staff(authority_id: int, head: User, seed: int) -> dict[str, User]:
    def first(role: str) -> User:
        users = list(User.objects.filter(authority_id=authority_id, role=role,
                                         is_active=True).order_by("username"))
        return random.Random(f"{seed}-dialogue-{role}").choice(users) if users else head

    return {"head": head, "counsellor": first(Role.COUNSELLOR),
            "caseworker": first(Role.CASEWORKER)}


def _meeting(head, spec: MeetingSpec, today: date, staff, organisations, series) -> Meeting:
    partners = [organisations[name] for name in spec.partners]
    meeting = meetings.save_meeting(head, Meeting(
        authority_id=head.authority_id, series=series.get(spec.series), format=spec.format,
        date=_weekday(today - timedelta(days=spec.days_ago)), title=spec.title,
        status=MeetingStatus.HELD, topics=spec.topics, minutes=spec.minutes), None,
        organisations=partners,
        contacts=list(Contact.unscoped.filter(organisation__in=partners).order_by("pk")),
        staff=list(dict.fromkeys(staff[key] for key in spec.staff)))
    for text, owner, due_days, status, outcome in spec.actions:
        organisation = organisations.get(owner)
        meetings.save_action(head, AgreedAction(
            authority_id=head.authority_id, meeting=meeting, text=text,
            owner_user=None if organisation else staff[owner],
            owner_organisation=organisation,
            owner_contact=Contact.unscoped.filter(organisation=organisation).order_by(
                "pk").first() if organisation else None,
            due=meeting.date + timedelta(days=due_days), status=status, outcome=outcome), None)
    return meeting


def _concerns(head: User, created: list[Meeting], organisations) -> None:
    authority_id = head.authority_id
    assert authority_id is not None
    guideline = Guideline.unscoped.filter(authority_id=authority_id).order_by("number").first()
    constellation = Constellation.unscoped.filter(authority_id=authority_id,
                                                  name=CONSTELLATION_OF_CONCERN).first()
    by_title: dict[str, Meeting] = {}
    for meeting in created:  # the latest held meeting of a title
        if meeting.status == MeetingStatus.HELD:
            by_title[meeting.title] = meeting
    for title, partner, text, link in CONCERNS:
        meetings.save_concern(head, Concern(
            authority_id=authority_id, meeting=by_title[title],
            organisation=organisations[partner], text=text,
            guideline=guideline if link == "guideline" else None,
            constellation=constellation if link == "constellation" else None), None)


def _weekday(day: date) -> date:
    """Meetings take place on working days: a weekend date moves to the Monday."""
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)
