"""Drafts are work in progress: only those who may edit guidelines see them. Readers see the
versions that are or were in force."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.guideline_helpers import approved_guideline, draft
from wegweiser.review import guidelines as service


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "sees"), [("caseworker", True), ("head", True),
                                            ("counsellor", False), ("controlling", False)])
def test_a_guideline_with_only_a_draft(client, users, role, sees):
    guideline = service.create_guideline(users["caseworker"], number="25a.3", title="Schule",
                                         draft=draft(text="Entwurfstext zur Schule"))
    login(client, users[role])
    register = client.get(reverse("review:guideline_register")).content.decode()
    page = client.get(reverse("review:guideline_detail", args=[guideline.pk]))
    assert ("Entwurfstext zur Schule" in register) is sees
    assert page.status_code == (200 if sees else 404)


@pytest.mark.django_db
def test_readers_see_the_version_in_force_not_the_next_draft(client, users):
    guideline = approved_guideline(users["head"], "25a.3", text="Geltende Regel")
    service.new_draft(users["caseworker"], guideline, draft(text="Geplante Änderung"))
    login(client, users["counsellor"])
    page = client.get(reverse("review:guideline_detail", args=[guideline.pk])).content.decode()
    assert "Geltende Regel" in page and "Geplante Änderung" not in page
    login(client, users["caseworker"])
    page = client.get(reverse("review:guideline_detail", args=[guideline.pk])).content.decode()
    assert "Geltende Regel" in page and "Geplante Änderung" in page
    assert "Fassung 2 im Entwurf" in client.get(reverse("review:guideline_register")
                                                ).content.decode()
