"""The letters' and the desk's KPIs on a hand-built half year (01.01.–30.06.2026): letters
sent, reactions, informed and counselled persons, appointments, walk-ins, waiting time,
no-shows and languages. Rows of another authority and outside the period never count."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import make_person
from tests.counselling.factories import make_desk

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def letter(authority, desk, run, version, persons, dispatched_on, code):
    from wegweiser.counselling.models import BookingCode
    from wegweiser.letters.models import Letter, LetterMember

    booking_code = BookingCode.objects.create(authority=authority, desk=desk, code=code,
                                              person=persons[0], valid_until=date(2026, 12, 31))
    made = Letter.objects.create(authority=authority, run=run, addressee=persons[0], reason="met_now",
                                 template_version=version, booking_code=booking_code,
                                 subject="Ihre Möglichkeiten", html="<p>x</p>", address="x",
                                 dispatched_on=dispatched_on)
    for person in persons:
        LetterMember.objects.create(authority=authority, letter=made, person=person)
    return booking_code


def appointment(authority, desk, day, outcome, code=None, hour=9):
    from wegweiser.counselling.models import Appointment

    return Appointment.objects.create(authority=authority, desk=desk, topic=desk.topics.first(),
                                      starts_at=at(day, hour), ends_at=at(day, hour, 30),
                                      status="done", outcome=outcome, booking_code=code)


@pytest.fixture
def desk_world(authority, other_authority, users):
    from wegweiser.counselling.models import QueueTicket
    from wegweiser.counselling.models.records import Session
    from wegweiser.letters.models import MailRun
    from wegweiser.letters.wording import default_template

    desk = make_desk(authority)
    version = default_template(authority.pk).versions.first()
    run = MailRun.objects.create(authority=authority, group="met_now", reason="met_now",
                                 template_version=version, desk=desk, status="done")
    family = [make_person(authority, file_number=f"F-{i}") for i in range(3)]
    single = [make_person(authority, file_number="S-1")]
    late = [make_person(authority, file_number="L-1")]
    code_family = letter(authority, desk, run, version, family, date(2026, 2, 2), "FAMILIE1")
    code_single = letter(authority, desk, run, version, single, date(2026, 3, 2), "EINZELN1")
    letter(authority, desk, run, version, late, date(2026, 7, 1), "SPAETER1")  # after the period
    # Appointments: the family came with its code, the single person did not; one walk-in day.
    appointment(authority, desk, date(2026, 2, 16), "attended", code_family)
    appointment(authority, desk, date(2026, 3, 16), "not_attended", code_single)
    appointment(authority, desk, date(2026, 4, 1), "attended")
    appointment(authority, desk, date(2026, 4, 2), "cancelled")
    appointment(authority, desk, date(2026, 7, 2), "attended")  # after the period
    day = date(2026, 4, 7)
    for number, (arrived, called) in enumerate([((9, 0), (9, 10)), ((9, 5), (9, 35)),
                                                ((9, 20), None)], start=1):
        QueueTicket.objects.create(
            authority=authority, desk=desk, day=day, number=number, arrived_at=at(day, *arrived),
            waiting_since=at(day, *arrived),
            called_at=at(day, *called) if called else None)
    Session.objects.create(authority=authority, desk=desk, held_on=date(2026, 4, 7),
                           counsellor=users["counsellor"], language="Arabisch",
                           interpreter_language="")
    Session.objects.create(authority=authority, desk=desk, held_on=date(2026, 5, 7),
                           counsellor=users["counsellor"], language="arabisch ",
                           interpreter_language="Dari")
    Session.objects.create(authority=authority, desk=desk, held_on=date(2026, 8, 7),
                           counsellor=users["counsellor"], language="Ukrainisch")
    # Another authority's desk day never counts.
    foreign = make_desk(other_authority, slug="anderswo")
    appointment(other_authority, foreign, date(2026, 2, 16), "attended")
    return desk


def values(authority, period):
    from wegweiser.reporting.kpis import REGISTRY

    keys = ["letters_sent", "letter_reactions", "funnel_informed", "funnel_counselled",
            "appointments", "walk_ins", "waiting_minutes", "no_shows", "languages"]
    return {key: REGISTRY[key].compute(authority.pk, period) for key in keys}


def test_the_letter_and_desk_figures_of_the_half_year(desk_world, authority, period):
    got = values(authority, period)
    assert got["letters_sent"] == 2          # February and March; July is outside
    assert got["funnel_informed"] == 4       # family of three + single person
    assert got["funnel_counselled"] == 1     # the family's addressee came with the code
    assert got["appointments"] == 2          # attended in February and April
    assert got["no_shows"] == 1              # the cancellation on 2 April is no no-show
    assert got["walk_ins"] == 3
    assert got["waiting_minutes"] == 20      # (10 + 30) / 2; the uncalled ticket is not counted
    assert got["languages"] == 2             # Arabisch (twice, spelled differently) and Dari


def test_reactions_count_codes_used_in_the_period(desk_world, authority, period):
    from wegweiser.counselling.models import Appointment

    # Created "now" (December 2026): outside the half year, inside a period that covers today.
    assert values(authority, period)["letter_reactions"] == 0
    from wegweiser.reporting.kpis import Period

    today = Appointment.objects.first().created_at.date()
    whole = Period(date(2026, 1, 1), today + timedelta(days=1))
    assert values(authority, whole)["letter_reactions"] == 2
