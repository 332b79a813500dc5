from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login


@pytest.mark.django_db
def test_one_click_creates_a_follow_up_with_the_missing_fact_as_reason(client, caseworker, sparse):
    from wegweiser.audit.models import AuditEntry
    from wegweiser.cases.models import FollowUp

    login(client, caseworker)
    response = client.post(reverse("screening:follow_up", args=[sparse.pk]),
                           {"fact": "language"})
    assert response.status_code == 302
    follow_up = FollowUp.objects.get(person=sparse)
    assert "Sprachnachweise" in follow_up.reason
    assert follow_up.assignee == caseworker
    assert follow_up.due_date == timezone.localdate() + timedelta(days=14)
    assert AuditEntry.objects.filter(person_id=sparse.pk, action="create").exists()


@pytest.mark.django_db
def test_an_unknown_fact_creates_nothing(client, caseworker, sparse):
    from wegweiser.cases.models import FollowUp

    login(client, caseworker)
    response = client.post(reverse("screening:follow_up", args=[sparse.pk]), {"fact": "x"})
    assert response.status_code == 400 and not FollowUp.objects.exists()


@pytest.mark.django_db
def test_counsellors_cannot_create_follow_ups_about_criminal_records(client, users, sparse):
    from wegweiser.cases.models import FollowUp

    login(client, users["counsellor"])
    response = client.post(reverse("screening:follow_up", args=[sparse.pk]),
                           {"fact": "convictions"})
    assert response.status_code == 400 and not FollowUp.objects.exists()
