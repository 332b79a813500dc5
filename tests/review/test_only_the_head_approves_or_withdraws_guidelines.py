"""Putting a guideline in force and withdrawing it is for the head of department only."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from tests.conftest import login
from tests.review.guideline_helpers import approved_guideline, draft
from wegweiser.review import guidelines as service
from wegweiser.review.models.guideline import VersionState


@pytest.mark.django_db
def test_a_caseworker_writes_drafts_but_cannot_approve_them(client, users):
    caseworker = users["caseworker"]
    guideline = service.create_guideline(caseworker, number="25b.1", title="Voraufenthalt",
                                         draft=draft())
    version = guideline.versions.get()
    with pytest.raises(PermissionDenied):
        service.approve(caseworker, version, valid_from=date(2026, 1, 1),
                        expected_version=version.version)
    login(client, caseworker)
    url = reverse("review:draft_approve", args=[version.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"valid_from": "2026-01-01", "version": version.version}
                       ).status_code == 403
    version.refresh_from_db()
    assert version.state == VersionState.DRAFT


@pytest.mark.django_db
def test_the_head_approves_through_the_page(client, users):
    guideline = service.create_guideline(users["caseworker"], number="25b.1",
                                         title="Voraufenthalt", draft=draft())
    version = guideline.versions.get()
    login(client, users["head"])
    response = client.post(reverse("review:draft_approve", args=[version.pk]),
                           {"valid_from": "2026-02-01", "version": version.version})
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.state == VersionState.APPROVED and version.approved_by == users["head"]


@pytest.mark.django_db
def test_only_the_head_withdraws(client, users):
    guideline = approved_guideline(users["head"], "25b.1")
    version = guideline.versions.get()
    with pytest.raises(PermissionDenied):
        service.withdraw(users["caseworker"], guideline, valid_to=date(2026, 5, 31),
                         reason_kind="changed_law", reason_text="", expected_version=1)
    login(client, users["caseworker"])
    assert client.post(reverse("review:guideline_withdraw", args=[guideline.pk]), {
        "valid_to": "2026-05-31", "reason_kind": "changed_law", "version": version.version,
    }).status_code == 403
    version.refresh_from_db()
    assert version.state == VersionState.APPROVED and version.valid_to is None
