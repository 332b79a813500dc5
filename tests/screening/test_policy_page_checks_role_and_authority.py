"""Everyone who sees screening results may read the settings; only head and administration
change them, and only those of their own authority."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.screening.policy_helpers import post_settings
from wegweiser.accounts.roles import PERMISSIONS, Role
from wegweiser.screening.models import PolicySettings
from wegweiser.screening.policy import policy_for


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_each_role_reads_and_changes_the_settings_as_the_matrix_says(client, users, role):
    login(client, users[role])
    page = client.get(reverse("screening:policy"))
    form = client.get(reverse("screening:policy_edit"))
    assert (page.status_code == 200) is (role in PERMISSIONS["screening.policy_view"]), role
    assert (form.status_code == 200) is (role in PERMISSIONS["screening.policy_edit"]), role
    assert page.status_code in (200, 403) and form.status_code in (200, 403)


@pytest.mark.django_db
def test_caseworkers_read_but_cannot_change_the_settings(client, users):
    page = login(client, users["caseworker"]).get(reverse("screening:policy")).content.decode()
    assert "Einstellungen ändern" not in page and "Standardwert" in page
    response = post_settings(client, users["caseworker"], gap_tolerance_months="6")
    assert response.status_code == 403
    assert not PolicySettings.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["head", "admin"])
def test_head_and_administration_change_the_settings(client, users, authority, role):
    assert post_settings(client, users[role], gap_tolerance_months="6").status_code == 302
    assert policy_for(authority).gap_tolerance_months == 6


@pytest.mark.django_db
def test_another_authority_never_sees_our_settings(client, users, authority, other_authority):
    post_settings(client, users["head"], gap_tolerance_months="7")
    login(client, make_user(other_authority, "caseworker", "stranger"))
    page = client.get(reverse("screening:policy")).content.decode()
    assert "7 Monate" not in page and "Bisher gelten die Standardwerte" in page


@pytest.mark.django_db
def test_another_authoritys_head_changes_only_its_own_settings(
        client, users, authority, other_authority):
    post_settings(client, users["head"], gap_tolerance_months="7")
    their_head = make_user(other_authority, "head", "fremde-leitung")
    # Our version number is 1; theirs starts at 0: the id of our row is nowhere to address.
    assert post_settings(client, their_head, version=1, gap_tolerance_months="2").status_code == 409
    assert post_settings(client, their_head, gap_tolerance_months="2").status_code == 302
    assert policy_for(authority).gap_tolerance_months == 7
    assert policy_for(other_authority).gap_tolerance_months == 2
    assert PolicySettings.unscoped.count() == 2
