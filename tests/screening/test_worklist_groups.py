from datetime import date, timedelta

import pytest
from django.urls import reverse

from tests.conftest import add_period, login, make_person
from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly
from wegweiser.screening import worklist


@pytest.mark.django_db
def test_rows_fall_into_the_groups_by_verdict_and_date(authority, integrated, sparse):
    run = run_directly(authority, AS_OF)
    rows = worklist.base_rows(run, {"scope": "all"}, None)
    met = worklist.listed(rows, {"group": "met"}, run.as_of)
    assert (integrated.pk, "p25b") in set(met.values_list("person_id", "pathway_id"))
    missing = worklist.listed(rows, {"group": "missing"}, run.as_of)
    assert set(missing.values_list("person_id", flat=True)) >= {sparse.pk}
    assert all(r.verdict == "unknown" for r in missing)
    counts = {c.key: c.results for c in worklist.group_counts(rows, run.as_of)}
    assert counts["met"] == met.count() and counts["missing"] == missing.count()


@pytest.mark.django_db
def test_a_person_whose_time_runs_out_soon_is_in_met_within_90_days(authority):
    # Tolerated for 6 years minus 30 days: § 25b is met in 30 days if all else holds.
    from tests.screening.conftest import well_integrated

    person = well_integrated(authority, file_number="KT-SOON")
    person.status_periods.all().delete()
    add_period(person, "duldung", AS_OF - timedelta(days=6 * 365 - 30), None)
    run = run_directly(authority, AS_OF)
    rows = worklist.base_rows(run, {"scope": "all"}, None)
    soon = worklist.listed(rows, {"group": "soon"}, run.as_of).filter(pathway_id="p25b")
    assert soon.count() == 1
    assert soon.get().pending_date <= AS_OF + timedelta(days=90)


@pytest.mark.django_db
def test_the_default_scope_is_long_term_duldung(authority, integrated):
    recent = make_person(authority, file_number="KT-NEW", family_name="Neu")
    add_period(recent, "duldung", date.today() - timedelta(days=60), None)
    run = run_directly(authority, AS_OF)
    in_scope = set(worklist.base_rows(run, {}, None).values_list("person_id", flat=True))
    assert integrated.pk in in_scope and recent.pk not in in_scope


@pytest.mark.django_db
def test_the_page_shows_groups_counts_charts_and_bound_verdicts_first(
        client, caseworker, authority, integrated, sparse):
    run_directly(authority, AS_OF)
    login(client, caseworker)
    page = client.get(reverse("screening:worklist")).content.decode()
    for label in ("Jetzt erfüllt", "Erfüllt in 90 Tagen", "Frist in 90 Tagen", "Angaben fehlen"):
        assert label in page
    assert "Okafor" in page and "§ 25b Abs. 1 AufenthG" in page
    assert "<svg" in page and "Zahlen als Tabelle" in page
    filtered = client.get(reverse("screening:worklist"), {"group": "missing", "pathway": "p25_5",
                                                          "sort": "name"})
    assert filtered.status_code == 200 and "Rahimi" in filtered.content.decode()


@pytest.mark.django_db
def test_the_progress_poll_reloads_the_page_when_the_run_is_over(client, caseworker, authority):
    run_directly(authority, AS_OF)
    login(client, caseworker)
    response = client.get(reverse("screening:progress"), headers={"HX-Request": "true"})
    assert response["HX-Refresh"] == "true"
