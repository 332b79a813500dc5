import pytest
from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly
from wegweiser.accounts.roles import PERMISSIONS, Role

PERSON_URLS = [("screening:explain", "get"), ("screening:follow_up", "post"),
               ("screening:assessment", "get")]
PAGE_URLS = [("screening:worklist", "get"), ("screening:start", "post"),
             ("screening:progress", "get"), ("screening:summary", "get"),
             ("screening:catalogue", "get")]
ACTIONS = {"screening:explain": "screening.explain", "screening:follow_up": "followup.manage",
           "screening:assessment": "case.edit", "screening:worklist": "screening.worklist",
           "screening:start": "screening.run", "screening:progress": "screening.worklist",
           "screening:summary": "screening.aggregates",
           "screening:catalogue": "screening.catalogue"}


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_roles_outside_the_matrix_get_403_on_every_screening_url(client, users, sparse, role):
    login(client, users[role])
    for name, method in PERSON_URLS + PAGE_URLS:
        args = [sparse.pk] if (name, method) in PERSON_URLS else []
        response = getattr(client, method)(reverse(name, args=args), {"fact": "language"})
        allowed = role in PERMISSIONS[ACTIONS[name]]
        assert (response.status_code == 403) is not allowed, (role, name, response.status_code)


@pytest.mark.django_db
def test_a_person_of_another_authority_is_404_on_every_person_url(client, stranger, sparse):
    login(client, stranger)
    for name, method in PERSON_URLS:
        response = getattr(client, method)(reverse(name, args=[sparse.pk]), {"fact": "language"})
        assert response.status_code == 404, name


@pytest.mark.django_db
def test_another_authority_never_sees_our_runs_or_results(client, stranger, authority, sparse):
    run_directly(authority, AS_OF)
    login(client, stranger)
    for name in ("screening:worklist", "screening:summary", "screening:progress"):
        page = client.get(reverse(name)).content.decode()
        assert "Rahimi" not in page and "Noch keine Prüfung" in page or name == "screening:progress"
    assert "Rahimi" not in client.get(reverse("screening:worklist"), {"scope": "all"}).content.decode()
