"""The demo district's decision history (docs/demo.md, "Entscheidungspraxis") has the shape the
analysis needs: decisions in every year since 2021, grant rates that differ by norm, one team
stricter on § 25 Abs. 5 until the 2024 guideline and then close to the others, four-eyes
approvals, and screening snapshots that mostly agree with the outcome but show a minority of
"the law allowed it, the office refused"."""

from collections import defaultdict
from datetime import date

import pytest

from wegweiser.accounts.models import Team, User
from wegweiser.cases.models import ApprovalRequest, Decision
from wegweiser.demo.data import practice as P
from wegweiser.demo.data.district import DISTRICT
from wegweiser.demo.run import build_demo
from wegweiser.review.models import HardshipPetition

TODAY = date(2026, 12, 1)
# Marks the tests as database tests, so that pytest-django sets up the test database even when
# this module runs alone (the module fixture below would otherwise reach the configured one).
pytestmark = pytest.mark.django_db
POSITIVE = {"entitlement", "should", "may"}


@pytest.fixture(scope="module")
def decisions(django_db_setup, django_db_blocker):
    """The seed-42 district (2,000 households), built once for this module and removed after."""
    from wegweiser.demo.reset import delete_office_data

    with django_db_blocker.unblock():
        results = build_demo(seed=42, persons=2000, today=TODAY, reset=False)
        rows = list(Decision.unscoped.filter(authority__name=DISTRICT.name).values(
            "pk", "pathway_id", "outcome", "decided_on", "team__name", "snapshot_verdict",
            "guideline_version", "decided_by", "reasons", "discretion", "decision_type"))
        approvals = list(ApprovalRequest.unscoped.filter(
            authority__name=DISTRICT.name).values("decision", "state", "answered_by",
                                                  "requested_by"))
        teams = list(Team.objects.filter(authority__name=DISTRICT.name).values_list(
            "name", flat=True))
        deputies = list(User.objects.filter(authority__name=DISTRICT.name,
                                            approval_deputy=True).values_list("role", flat=True))
        petitions = list(HardshipPetition.unscoped.filter(authority__name=DISTRICT.name).values(
            "received_by_commission_on", "commission_outcome", "decision__pathway_id"))
        yield rows, approvals, teams, deputies, petitions
        delete_office_data([r.authority.pk for r in results])
        for result in results:
            result.authority.users.all().delete()
            result.authority.delete()


def _rate(rows) -> float:
    decided = [r for r in rows if r["outcome"] in ("granted", "refused")]
    return sum(r["outcome"] == "granted" for r in decided) / len(decided)


def test_there_are_decisions_in_every_year_since_2021(decisions):
    rows, *_ = decisions
    per_year = defaultdict(int)
    for row in rows:
        per_year[row["decided_on"].year] += 1
    assert all(per_year[year] >= 20 for year in range(2021, 2027)), dict(per_year)
    assert max(per_year, key=per_year.get) == 2023  # the § 104c wave


def test_grant_rates_differ_by_norm(decisions):
    rows, *_ = decisions
    by_norm = defaultdict(list)
    for row in rows:
        by_norm[row["pathway_id"]].append(row)
    assert _rate(by_norm["p104c"]) >= 0.9
    assert _rate(by_norm["p25_5"]) <= 0.6
    assert _rate(by_norm["p25b"]) < _rate(by_norm["p25a"]) < _rate(by_norm["p104c"])
    assert _rate(by_norm["p19d"]) < _rate(by_norm["p60c"])


def test_one_team_was_stricter_on_25_5_until_the_guideline_and_then_converged(decisions):
    rows, *_ = decisions
    cells = defaultdict(list)
    for row in rows:
        if row["pathway_id"] == "p25_5":
            cells[(row["team__name"], row["decided_on"] >= P.GUIDELINE_FROM)].append(row)
    strict, others = "Team H–O", ("Team A–G", "Team P–Z")
    assert all(len(cell) >= 15 for cell in cells.values())
    gap_before = min(_rate(cells[(t, False)]) for t in others) - _rate(cells[(strict, False)])
    gap_after = abs(sum(_rate(cells[(t, True)]) for t in others) / 2 - _rate(cells[(strict, True)]))
    assert gap_before >= 0.15 and gap_after < gap_before / 2


def test_decisions_on_25_5_cite_the_guideline_from_its_first_day(decisions):
    rows, *_ = decisions
    p25_5 = [r for r in rows if r["pathway_id"] == "p25_5" and r["outcome"] != "withdrawn"]
    assert all((r["guideline_version"] is not None) == (r["decided_on"] >= P.GUIDELINE_FROM)
               for r in p25_5)


def test_refusals_have_reasons_and_a_second_person_signs(decisions):
    rows, approvals, *_ = decisions
    signed = defaultdict(list)
    for approval in approvals:
        signed[approval["decision"]].append(approval)
    refusals = [r for r in rows if r["outcome"] == "refused"]
    assert refusals and all(r["reasons"] for r in refusals)
    assert all(signed[r["pk"]] for r in refusals)
    assert all(a["answered_by"] not in (None, a["requested_by"]) for a in approvals
               if a["state"] != "requested")
    assert all(r["discretion"] for r in rows if r["decision_type"] == "discretion")


def test_snapshots_mostly_agree_with_a_visible_minority_the_law_allowed_and_office_refused(
        decisions):
    rows, *_ = decisions
    decided = [r for r in rows if r["outcome"] in ("granted", "refused")]
    agreeing = [r for r in decided if (r["outcome"] == "granted") == (
        r["snapshot_verdict"] in POSITIVE | {"unknown"}) or r["snapshot_verdict"] == "unknown"]
    allowed_refused = [r for r in decided if r["outcome"] == "refused"
                       and r["snapshot_verdict"] in POSITIVE]
    refusals = [r for r in decided if r["outcome"] == "refused"]
    assert len(agreeing) >= 0.85 * len(decided)
    assert 0.02 * len(refusals) <= len(allowed_refused) <= 0.15 * len(refusals)


def test_the_district_has_three_teams_and_a_deputy_caseworker(decisions):
    _rows, _approvals, teams, deputies, _petitions = decisions
    assert sorted(teams) == ["Team A–G", "Team H–O", "Team P–Z"]
    assert deputies == ["caseworker"]


def test_one_to_three_petitions_a_year_two_pending_and_a_request_the_office_decided(decisions):
    *_rest, petitions = decisions
    per_year = defaultdict(int)
    for petition in petitions:
        per_year[petition["received_by_commission_on"].year] += 1
    assert all(1 <= per_year[year] <= 3 for year in range(2021, 2026)), dict(per_year)
    assert sum(p["commission_outcome"] == "pending" for p in petitions) >= 2
    assert any(p["commission_outcome"] == "ersuchen" and p["decision__pathway_id"] == "p23a"
               for p in petitions)
