"""Every recorded KPI on the hand-built district, against the values worked out by hand."""

import pytest

from tests.reporting.district import EXPECTED


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_the_kpi_has_the_value_worked_out_by_hand(district, authority, period, key):
    from wegweiser.reporting.kpis import REGISTRY

    kpi = REGISTRY[key]
    assert kpi.compute is not None
    assert kpi.compute(authority.pk, period) == EXPECTED[key]


# Tested on their own small data set: test_training_kpis_come_from_the_training_records.py
TESTED_ELSEWHERE = {
    "training_hours_per_staff", "desk_staff_trained_share",  # test_training_kpis_…
    # test_letter_and_desk_kpis_count_a_hand_built_desk.py
    "letters_sent", "letter_reactions", "funnel_informed", "funnel_counselled", "appointments",
    "walk_ins", "waiting_minutes", "no_shows", "languages",
    # test_dialogue_kpis_count_hand_built_meetings.py
    "meetings", "partners_reached", "actions_done", "actions_overdue"}


def test_every_recorded_kpi_has_a_hand_worked_value(district):
    from wegweiser.reporting.kpis import REGISTRY

    assert {k.key for k in REGISTRY.values() if k.recorded} == set(EXPECTED) | TESTED_ELSEWHERE


def test_the_other_authority_sees_only_its_own_figures(district, other_authority, period):
    from wegweiser.reporting.kpis import figures

    values = {f.kpi.key: f.value for f in figures(other_authority.pk, period) if f.recorded}
    assert values["screened"] == 1
    assert values["grants"] == 1
    assert values["discretion_in_favour"] == 1
    assert values["conferences_held"] == 0
