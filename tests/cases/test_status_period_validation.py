from datetime import date

from django.urls import reverse

from tests.conftest import login
from wegweiser.cases.validation import PeriodLike, period_problems

TODAY = date(2026, 11, 27)


def test_an_overlapping_period_is_rejected_with_a_clear_message():
    problems = period_problems(
        PeriodLike(date(2020, 1, 1), date(2020, 6, 30)),
        [PeriodLike(date(2020, 6, 30), date(2020, 12, 31), pk=1)],
        TODAY,
    )
    assert problems == ["Der Zeitraum überschneidet sich mit dem Zeitraum 30.06.2020 bis 31.12.2020."]


def test_adjacent_periods_are_fine():
    assert not period_problems(
        PeriodLike(date(2020, 1, 1), date(2020, 6, 29)),
        [PeriodLike(date(2020, 6, 30), None, pk=1)],
        TODAY,
    )


def test_an_open_period_overlaps_everything_after_its_start():
    problems = period_problems(
        PeriodLike(date(2024, 1, 1), None),
        [PeriodLike(date(2025, 1, 1), date(2025, 3, 1), pk=1)],
        TODAY,
    )
    assert len(problems) == 1


def test_impossible_dates_are_rejected():
    assert period_problems(PeriodLike(date(2020, 2, 1), date(2020, 1, 1)), [], TODAY)
    assert period_problems(PeriodLike(date(1900, 1, 1), None), [], TODAY)
    assert period_problems(PeriodLike(date(2040, 1, 1), None), [], TODAY)


def test_editing_a_period_does_not_overlap_with_itself():
    period = PeriodLike(date(2020, 1, 1), date(2020, 6, 30), pk=5)
    assert not period_problems(period, [PeriodLike(date(2020, 1, 1), date(2020, 3, 1), pk=5)], TODAY)


def test_the_form_refuses_an_overlap_and_writes_nothing(client, caseworker, person):
    response = login(client, caseworker).post(
        reverse("cases:period_add", args=[person.pk]),
        {"kind": "duldung", "start": "2018-01-01", "end": "2018-03-31"},
    )
    assert response.status_code == 400
    assert "überschneidet sich" in response.content.decode()
    assert person.status_periods.count() == 3


def test_the_form_refuses_an_end_before_the_start(client, caseworker, person):
    response = login(client, caseworker).post(
        reverse("cases:period_add", args=[person.pk]),
        {"kind": "duldung", "start": "2014-05-01", "end": "2014-04-01"},
    )
    assert "Das Ende liegt vor dem Beginn." in response.content.decode()
    assert person.status_periods.count() == 3


def test_a_residence_permit_needs_its_legal_basis(client, caseworker, person):
    response = login(client, caseworker).post(
        reverse("cases:period_add", args=[person.pk]),
        {"kind": "residence_permit", "start": "2014-01-01", "end": "2014-06-01"},
    )
    assert "Rechtsgrundlage" in response.content.decode()
    assert person.status_periods.count() == 3


def test_a_valid_period_is_saved_and_audited(client, caseworker, person):
    from wegweiser.audit.models import AuditEntry

    response = login(client, caseworker).post(
        reverse("cases:period_add", args=[person.pk]),
        {"kind": "gestattung", "start": "2015-01-01", "end": "2015-08-31"},
    )
    assert response.status_code == 302
    assert person.status_periods.count() == 4
    assert AuditEntry.objects.filter(action="create", person_id=person.pk).exists()
