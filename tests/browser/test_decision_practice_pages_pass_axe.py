"""The decision-practice pages pass axe-core with zero violations, with figures, suppressed
team cells, alerts and the missed-discretion list filled."""

from datetime import date

import pytest

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, make_user
from tests.review.practice_helpers import SIMILAR, decide, make_team, many, new_person
from tests.review.test_missed_discretion_lists_refusals_the_law_now_opens import run


@pytest.fixture
def world(authority):
    big, small = make_team(authority, "Team A–K"), make_team(authority, "Team L–Z", ("L", "Z"))
    many(authority, 6, decided_on=date(2025, 2, 1), team=big, verdict="may", similarity=SIMILAR)
    many(authority, 3, decided_on=date(2025, 5, 1), outcome="refused", team=small,
         verdict="may", similarity=SIMILAR, reasons=["identity", "livelihood"])
    refused = new_person(authority)
    decide(refused, date(2025, 6, 1), "refused", verdict="not_met", reasons=["livelihood"])
    run(authority, [(refused, "p25_5", "may")])


def test_decision_practice_pages_have_no_axe_violations(page, axe, authority, world):
    user = make_user(authority, "head", "axe-head")
    sign_in(page, user.username, PASSWORD)
    for path in ["/praxis/entscheidungspraxis/?start=2025-01-01&grain=quarter",
                 "/praxis/entscheidungspraxis/uneinheitlich/?start=2025-01-01",
                 "/praxis/entscheidungspraxis/ermessen/",
                 "/praxis/entscheidungspraxis/?start=2025-06-01&end=2025-01-01"]:
        page.goto(path)
        assert_accessible(axe, page)
