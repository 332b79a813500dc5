"""The demo district has a year of dialogue: held meetings of every format within the last year,
a recurring series with its next session planned, agreed actions owned by staff and partners
(done with an outcome, open, some overdue) and partner concerns linked to the guideline - so
the dashboard's dialogue figures are not zero."""

from datetime import timedelta

from tests.demo.conftest import DISTRICT_DAY
from wegweiser.dialogue.models import (
    OPEN_STATES,
    AgreedAction,
    Concern,
    Meeting,
    MeetingFormat,
    MeetingSeries,
)


def test_the_district_holds_a_year_of_meetings_with_actions_and_concerns(district):
    from wegweiser.reporting.kpis import REGISTRY, Period

    authority, pillars = district
    meetings = Meeting.unscoped.filter(authority=authority)
    held = meetings.filter(status="held")
    assert pillars.meetings == meetings.count()
    assert held.count() >= 10
    assert all(DISTRICT_DAY - timedelta(days=366) <= m.date <= DISTRICT_DAY for m in held)
    assert set(held.values_list("format", flat=True)) >= {
        MeetingFormat.INTEGRATION_COUNCIL, MeetingFormat.ROUND_TABLE, MeetingFormat.BILATERAL,
        MeetingFormat.OFFICE_EXCHANGE}
    assert all(m.organisations.exists() and m.staff.exists() and m.minutes for m in held)
    series = MeetingSeries.unscoped.filter(authority=authority)
    assert series.count() == 2
    assert all(s.meetings.filter(status="held").count() >= 2 and
               s.meetings.filter(status="planned", date__gt=DISTRICT_DAY).exists()
               for s in series)

    actions = AgreedAction.unscoped.filter(authority=authority)
    done = actions.filter(status="done")
    assert done.exists() and not done.filter(outcome="").exists()
    assert actions.filter(status__in=OPEN_STATES, due__gte=DISTRICT_DAY).exists()
    assert actions.filter(status__in=OPEN_STATES, due__lt=DISTRICT_DAY).exists()
    assert actions.filter(owner_user__isnull=False).exists()
    assert actions.filter(owner_organisation__isnull=False).exists()
    assert Concern.unscoped.filter(authority=authority, guideline__isnull=False).count() >= 2

    year = Period(DISTRICT_DAY - timedelta(days=365), DISTRICT_DAY)
    figures = {key: REGISTRY[key].compute(authority.pk, year)
               for key in ("meetings", "partners_reached", "actions_done", "actions_overdue")}
    assert all(figures.values()), figures
