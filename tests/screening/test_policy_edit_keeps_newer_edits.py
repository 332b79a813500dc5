"""Two people change the settings from the same page: the second save is refused (409)."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.screening.policy_helpers import post_settings
from wegweiser.screening.models import PolicySettings
from wegweiser.screening.policy import policy_for


@pytest.mark.django_db
def test_a_stale_version_is_refused_with_409_and_the_input_is_kept(client, users, authority):
    assert post_settings(client, users["head"], version=0, gap_tolerance_months="6").status_code == 302
    # The administrator had opened the page before (version 0) and saves afterwards.
    response = post_settings(client, users["admin"], version=0, gap_tolerance_months="9")
    assert response.status_code == 409
    page = response.content.decode()
    assert "inzwischen von jemand anderem geändert" in page
    assert 'value="9"' in page
    assert policy_for(authority).gap_tolerance_months == 6
    assert PolicySettings.objects.get().version == 1


@pytest.mark.django_db
def test_the_current_version_saves_and_moves_the_version_on(client, users, authority):
    post_settings(client, users["head"], version=0, gap_tolerance_months="6")
    assert post_settings(client, users["admin"], version=1, gap_tolerance_months="9").status_code == 302
    stored = PolicySettings.objects.get()
    assert stored.version == 2 and stored.gap_tolerance_months == 9
    assert stored.updated_by == users["admin"]
    assert stored.history.count() == 2  # simple-history keeps every state


@pytest.mark.django_db
def test_the_form_carries_the_stored_version(client, users):
    form = login(client, users["head"]).get(reverse("screening:policy_edit")).content.decode()
    assert 'name="version" value="0"' in form
    post_settings(client, users["head"], version=0, mixed_fines_rule="combined")
    form = client.get(reverse("screening:policy_edit")).content.decode()
    assert 'name="version" value="1"' in form
