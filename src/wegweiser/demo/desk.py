"""The district's counselling desk: "Zentrale Anlaufstelle Kreishaus" with opening hours,
topics, closed days (public holidays in NRW) and its calendar of slots.

The desk's configuration pages arrive with the desk issue; until then the rows are written
here directly (configuration, no personal data), the slots through counselling/slots.py.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from wegweiser.counselling.models import ClosedDay, Desk, OpeningHours, Topic
from wegweiser.counselling.slots import sync_slots

NAME = "Zentrale Anlaufstelle Kreishaus"
SLUG = "kreishaus"
ADDRESS = "Kreishaus Rhein-Wupper, Erdgeschoss, Raum 0.14\nDüsseldorfer Straße 26\n40822 Mettwald"
# (weekday, from, to); two counsellors serve in parallel.
HOURS = [(0, 9, 12), (0, 13, 16), (1, 9, 12), (1, 13, 16), (2, 9, 12), (3, 9, 12), (3, 13, 16)]
COUNSELLORS = 2
# (key, name, units of 30 minutes, bookable online)
TOPICS = [
    ("pathways", "Wege zum Bleiberecht", 2, True),
    ("documents", "Dokumente und Anträge", 1, True),
    ("work", "Arbeit und Ausbildung", 1, True),
    ("family", "Familie", 1, True),
]
# The names the office typed in for visitors (Topic.translations), as on the public pages.
TOPIC_TRANSLATIONS = {
    "pathways": {"en": "Ways to a right to stay", "ar": "طرق إلى حق البقاء",
                 "tr": "Kalma hakkına giden yollar", "uk": "Шляхи до права залишитися",
                 "ru": "Пути к праву остаться", "fa": "راه\u200cهای رسیدن به حق ماندن"},
    "documents": {"en": "Documents and applications", "ar": "الوثائق والطلبات",
                  "tr": "Belgeler ve başvurular", "uk": "Документи та заяви",
                  "ru": "Документы и заявления", "fa": "مدارک و درخواست\u200cها"},
    "work": {"en": "Work and training", "ar": "العمل والتدريب المهني",
             "tr": "İş ve meslek eğitimi", "uk": "Робота та навчання", "ru": "Работа и обучение",
             "fa": "کار و آموزش حرفه\u200cای"},
    "family": {"en": "Family", "ar": "العائلة", "tr": "Aile", "uk": "Сім'я", "ru": "Семья",
               "fa": "خانواده"},
}


def holidays(year: int) -> list[tuple[date, str]]:
    """Public holidays in NRW (Easter-based ones computed), plus Christmas Eve and New Year's
    Eve, on which the Kreishaus is closed."""
    easter = _easter(year)
    return sorted([
        (date(year, 1, 1), "Neujahr"), (easter - timedelta(days=2), "Karfreitag"),
        (easter + timedelta(days=1), "Ostermontag"), (date(year, 5, 1), "Tag der Arbeit"),
        (easter + timedelta(days=39), "Christi Himmelfahrt"),
        (easter + timedelta(days=50), "Pfingstmontag"),
        (easter + timedelta(days=60), "Fronleichnam"),
        (date(year, 10, 3), "Tag der Deutschen Einheit"), (date(year, 11, 1), "Allerheiligen"),
        (date(year, 12, 24), "Heiligabend (Kreishaus geschlossen)"),
        (date(year, 12, 25), "1. Weihnachtstag"), (date(year, 12, 26), "2. Weihnachtstag"),
        (date(year, 12, 31), "Silvester (Kreishaus geschlossen)"),
    ])


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def create_desk(authority_id: int, today: date) -> Desk:
    desk = Desk.unscoped.create(
        authority_id=authority_id, name=NAME, slug=SLUG, address=ADDRESS,
        walk_in_hours="Dienstag 13–16 Uhr ohne Termin (Wartenummer am Empfang)",
        phone="02104 99-4711", unit_minutes=30, horizon_days=14, release_time=time(8, 0))
    OpeningHours.unscoped.bulk_create([
        OpeningHours(authority_id=authority_id, desk=desk, weekday=day, starts=time(start),
                     ends=time(end), counsellors=COUNSELLORS) for day, start, end in HOURS])
    Topic.unscoped.bulk_create([
        Topic(authority_id=authority_id, desk=desk, key=key, name=name, units=units,
              bookable_online=online, position=n, translations=TOPIC_TRANSLATIONS[key])
        for n, (key, name, units, online) in enumerate(TOPICS, start=1)])
    ClosedDay.unscoped.bulk_create([
        ClosedDay(authority_id=authority_id, desk=desk, day=day, reason=reason)
        for year in (today.year - 1, today.year, today.year + 1)
        for day, reason in holidays(year)] + [
        ClosedDay(authority_id=authority_id, desk=desk, day=_team_day(today),
                  reason="Teamfortbildung Deeskalation")])
    sync_slots(desk, today=today)
    return desk


def _team_day(today: date) -> date:
    """A Wednesday three weeks ahead: the desk closes for the team's in-house seminar."""
    day = today + timedelta(days=21)
    return day + timedelta(days=(2 - day.weekday()) % 7)
