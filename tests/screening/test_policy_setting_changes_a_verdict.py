"""A setting of the authority really changes the result: the harmless gap in a Duldung.

Duldung 2017–2021, four months without status, Duldung again since May 2022 (§ 25b: six years).
Three months tolerated (default): the clock restarted in May 2022.  Six months: continuous.
"""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import AS_OF, well_integrated
from tests.screening.helpers import run_directly
from tests.screening.policy_helpers import post_settings, with_a_four_month_gap


@pytest.fixture
def gap(authority):
    return with_a_four_month_gap(well_integrated(authority))


def p25b(run, person):
    return run.results.get(person=person, pathway_id="p25b")


@pytest.mark.django_db
def test_with_the_default_three_months_a_four_month_gap_restarts_the_six_years(authority, gap):
    stored = p25b(run_directly(authority, AS_OF), gap)
    assert stored.verdict == "pending_time"
    assert stored.pending_date == date(2028, 5, 1)


@pytest.mark.django_db
def test_with_six_months_tolerated_the_same_person_meets_25b_in_the_next_run(
        client, users, authority, gap):
    assert post_settings(client, users["head"], gap_tolerance_months="6").status_code == 302
    assert p25b(run_directly(authority, AS_OF), gap).verdict == "should"


@pytest.mark.django_db
def test_the_explanation_uses_the_authoritys_setting_at_once(client, users, gap):
    url = reverse("screening:explain", args=[gap.pk]) + f"?as_of={AS_OF.isoformat()}"
    before = login(client, users["caseworker"]).get(url).content.decode()
    assert "Standardwerten" in before and "01.05.2028" in before
    post_settings(client, users["head"], gap_tolerance_months="6")
    after = login(client, users["caseworker"]).get(url).content.decode()
    assert "01.05.2028" not in after
    assert "weichen von den Standardwerten ab" in after


@pytest.mark.django_db
def test_the_rule_catalogue_dates_the_new_60d_as_the_authority_decided(client, users):
    catalogue = reverse("screening:catalogue")
    before = login(client, users["caseworker"]).get(catalogue).content.decode()
    assert "ab 01.03.2024: 12 (" in before and "ab 27.02.2024" not in before
    post_settings(client, users["head"], p60d_new_version_from="2024-02-27")
    after = login(client, users["caseworker"]).get(catalogue).content.decode()
    # the threshold history follows the setting (the version label of § 60d is fixed text)
    assert "ab 27.02.2024: 12 (" in after and "ab 01.03.2024: 12 (" not in after
