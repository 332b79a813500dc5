"""The settings page with its change history passes axe-core with zero violations."""

from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD, make_user
from wegweiser.law.statute.parameters import DEFAULT_POLICY
from wegweiser.screening.policy import save_policy
from wegweiser.screening.policy_history import changes_of


def test_the_settings_page_with_two_changes_has_no_axe_violations(page, axe, authority):
    head = make_user(authority, "head", "axe-head")
    save_policy(head, {**DEFAULT_POLICY.as_dict(), "gap_tolerance_months": 6}, 0)
    save_policy(head, {**DEFAULT_POLICY.as_dict(), "gap_tolerance_months": 6,
                       "p104c_pending_applications_grantable": True}, 1)
    assert [entry["who"] for entry in changes_of(authority.pk)] == [head, head]
    sign_in(page, head.username, PASSWORD)
    page.goto("/pruefung/einstellungen/")
    page.get_by_role("heading", name="Änderungsverlauf").wait_for()
    assert_accessible(axe, page)
