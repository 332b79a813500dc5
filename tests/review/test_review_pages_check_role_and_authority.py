"""Every constellation and guideline page: a role outside the matrix gets 403, a row of another
authority 404 (also for a head of department there), and lists never show foreign rows."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.review.conftest import constellation
from tests.review.guideline_helpers import approved_guideline, draft
from wegweiser.accounts.roles import PERMISSIONS, Role
from wegweiser.review import guidelines as service

# (url name, object kind or None, method, action)
PAGES = [
    ("review:constellation_list", None, "get", "constellation.view"),
    ("review:constellation_create", None, "get", "constellation.edit"),
    ("review:constellation_detail", "constellation", "get", "constellation.view"),
    ("review:constellation_edit", "constellation", "get", "constellation.edit"),
    ("review:constellation_delete", "constellation", "post", "constellation.edit"),
    ("review:guideline_register", None, "get", "guideline.view"),
    ("review:guideline_create", None, "get", "guideline.edit"),
    ("review:guideline_detail", "guideline", "get", "guideline.view"),
    ("review:guideline_heading", "guideline", "get", "guideline.edit"),
    ("review:draft_create", "guideline", "get", "guideline.edit"),
    ("review:guideline_withdraw", "guideline", "get", "guideline.approve"),
    ("review:draft_edit", "draft", "get", "guideline.edit"),
    ("review:draft_discard", "draft", "post", "guideline.edit"),
    ("review:draft_approve", "draft", "get", "guideline.approve"),
]


@pytest.fixture
def rows(users, authority):
    c = constellation(authority, [{"feature": "age", "op": "ge", "value": 18}],
                      name="Volljährige Geheimgruppe")
    guideline = approved_guideline(users["head"], "25.5.1", title="x", constellations=[c.pk],
                                   text="Geheime Regel")
    later = service.new_draft(users["head"], guideline, draft())
    return {"constellation": c.pk, "guideline": guideline.pk, "draft": later.pk}


def _request(client, name, kind, method, rows):
    url = reverse(name, args=[rows[kind]] if kind else [])
    return getattr(client, method)(url, {"version": "0"} if method == "post" else {})


def test_every_constellation_and_guideline_url_is_covered_here():
    from tests.accounts.test_permission_matrix import protected_patterns

    ours = {name for name, action, _pattern in protected_patterns()
            if action.split(".")[0] in ("constellation", "guideline")}
    assert ours == {name for name, *_rest in PAGES}


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_each_role_gets_exactly_what_the_matrix_allows(client, users, rows, role):
    login(client, users[role])
    for name, kind, method, action in PAGES:
        status = _request(client, name, kind, method, rows).status_code
        allowed = role in PERMISSIONS[action]
        assert (status == 403) is not allowed, (role, name, status)
        assert status in ((200, 302) if allowed else (403,)), (role, name, status)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["caseworker", "head"])
def test_another_authority_gets_404_on_every_row(client, rows, other_authority, role):
    login(client, make_user(other_authority, role, f"fremd-{role}"))
    for name, kind, method, action in PAGES:
        if kind and role in PERMISSIONS[action]:  # without the role: 403 comes first
            status = _request(client, name, kind, method, rows).status_code
            assert status == 404, (role, name, status)


@pytest.mark.django_db
def test_another_authority_never_sees_our_rows_in_the_lists(client, rows, other_authority):
    login(client, make_user(other_authority, "head", "fremde-leitung"))
    for name in ("review:constellation_list", "review:guideline_register"):
        page = client.get(reverse(name)).content.decode()
        assert "Geheimgruppe" not in page and "Geheime Regel" not in page and "25.5.1" not in page
