"""The aggregate figures for the dashboard, on a small world whose right values are written here.

Staff: two counsellors (Anna, Ben), one caseworker (Cem), one inactive counsellor (Dora).
Requirements for counsellors: Deeskalation valid 12 months, Interkulturelle Kompetenz once.
"""

from datetime import date
from decimal import Decimal

import pytest

from tests.conftest import make_user
from tests.training.factories import make_event, make_topic, require
from wegweiser.training import figures

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def world(authority, other_authority):
    anna = make_user(authority, "counsellor", "anna")
    ben = make_user(authority, "counsellor", "ben")
    cem = make_user(authority, "caseworker", "cem")
    dora = make_user(authority, "counsellor", "dora")
    dora.is_active = False
    dora.save()
    calm = make_topic(authority, "Deeskalation")
    culture = make_topic(authority, "Interkulturelle Kompetenz")
    law = make_topic(authority, "Rechtsänderungen")
    require(calm, "counsellor", months=12)
    require(culture, "counsellor")
    require(law, "caseworker", months=24)
    # 2025: Anna and Ben take intercultural competence (valid for ever).
    make_event(culture, date(2025, 6, 1), "7.5", "course", [anna, ben])
    # 2026: de-escalation seminar, Anna attends, Ben excused; Dora (inactive) attended.
    make_event(calm, date(2026, 2, 1), "4", "seminar", [anna, (ben, "excused"), dora])
    # Ben's de-escalation is from 2024: expired by 2026-03-01 (valid until 2025-01-15).
    make_event(calm, date(2024, 1, 15), "3", "coaching", [ben])
    # 2026: law changes for Cem and Anna; supervision with Cem absent.
    make_event(law, date(2026, 5, 5), "2.5", "seminar", [cem, anna])
    make_event(law, date(2026, 9, 9), "2", "supervision", [(cem, "absent")])
    # Another authority: never counted.
    stranger = make_user(other_authority, "counsellor", "fremd")
    make_event(make_topic(other_authority, "Deeskalation"), date(2026, 2, 1), "8", "seminar",
               [stranger])
    return {"anna": anna, "ben": ben, "cem": cem, "dora": dora, "authority": authority}


def test_hours_per_staff_member_count_attended_events_of_the_period_only(world):
    hours = figures.hours_per_staff_member(world["authority"].pk, *YEAR)
    assert hours == {world["anna"].pk: Decimal("6.5"), world["ben"].pk: Decimal("0"),
                     world["cem"].pk: Decimal("2.5")}


def test_anonymous_hours_carry_no_ids_and_are_sorted(world):
    assert figures.anonymous_hours(world["authority"].pk, *YEAR) == [
        Decimal("6.5"), Decimal("2.5"), Decimal("0")]


def test_the_share_of_desk_staff_with_all_required_topics(world):
    coverage = figures.role_coverage(world["authority"].pk, date(2026, 3, 1))
    assert (coverage.complete, coverage.total, coverage.percent) == (1, 2, 50)


def test_before_the_seminar_nobody_had_de_escalation_valid(world):
    coverage = figures.role_coverage(world["authority"].pk, date(2026, 1, 31))
    assert (coverage.complete, coverage.total) == (0, 2)


def test_a_training_counts_up_to_the_same_day_months_later(world):
    authority_id = world["authority"].pk
    assert figures.role_coverage(authority_id, date(2027, 2, 1)).complete == 1
    assert figures.role_coverage(authority_id, date(2027, 2, 2)).complete == 0


def test_events_by_kind_in_the_period(world):
    assert figures.events_by_kind(world["authority"].pk, *YEAR) == {
        "seminar": 2, "supervision": 1}


def test_hours_per_topic_are_person_hours_attended(world):
    # Deeskalation: Anna 4 + Dora 4 (inactive now, but she attended); law: Cem 2.5 + Anna 2.5.
    assert figures.hours_per_topic(world["authority"].pk, *YEAR) == [
        ("Deeskalation", Decimal("8")), ("Rechtsänderungen", Decimal("5"))]


def test_adding_months_keeps_the_day_or_takes_the_months_last():
    assert figures.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert figures.add_months(date(2026, 3, 15), -12) == date(2025, 3, 15)
