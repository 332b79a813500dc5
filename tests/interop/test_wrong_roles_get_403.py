import pytest

from interop.factories import make_user
from wegweiser.accounts.roles import Role

PAGES = ["/import/", "/faelle/export.csv", "/faelle/export.xlsx", "/faelle/export.json"]
ALLOWED = {
    "/import/": {Role.HEAD, Role.ADMIN},
    "/faelle/export.csv": {Role.CASEWORKER, Role.HEAD},
    "/faelle/export.xlsx": {Role.CASEWORKER, Role.HEAD},
    "/faelle/export.json": {Role.CASEWORKER, Role.HEAD},
}


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("role", list(Role))
def test_each_role_gets_exactly_the_pages_of_its_job(client, authority, page, role):
    client.force_login(make_user(authority, role, f"user-{role}"))

    response = client.get(page)

    assert response.status_code == (200 if role in ALLOWED[page] else 403)


def test_the_import_status_page_is_forbidden_for_caseworkers(client, caseworker):
    client.force_login(caseworker)

    assert client.get("/import/1/").status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    response = client.get("/faelle/export.csv")

    assert response.status_code == 302 and "/anmelden/" in response.url
