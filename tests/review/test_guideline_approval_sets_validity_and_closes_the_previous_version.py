"""Versioning: the head puts a draft in force from a day; the version before ends the day
before; a version that was in force is never edited; every step is audited and in the history."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests.review.guideline_helpers import approved_guideline, draft
from wegweiser.audit.models import AuditEntry
from wegweiser.review import guidelines as service
from wegweiser.review.models.guideline import VersionState


@pytest.mark.django_db
def test_approval_sets_approver_time_and_validity(users):
    head = users["head"]
    guideline = service.create_guideline(head, number="25.5.1", title="Identität", draft=draft())
    version = guideline.versions.get()
    assert (version.number, version.state, version.valid_from) == (1, VersionState.DRAFT, None)
    service.approve(head, version, valid_from=date(2026, 3, 1), expected_version=version.version)
    version.refresh_from_db()
    assert version.state == VersionState.APPROVED and version.approved_by == head
    assert version.approved_at is not None
    assert (version.valid_from, version.valid_to) == (date(2026, 3, 1), None)
    assert version.history.count() == 2  # drafted, approved
    assert AuditEntry.objects.filter(detail__record="guidelineversion").count() == 2


@pytest.mark.django_db
def test_a_new_version_closes_the_previous_one_the_day_before(users):
    head = users["head"]
    guideline = approved_guideline(head, "25.5.1", valid_from=date(2026, 1, 1))
    second = service.new_draft(head, guideline, draft(text="Neue Regel", reason_kind="court",
                                                      reason_text="BVerwG 1 C 1.26"))
    assert second.number == 2
    service.approve(head, second, valid_from=date(2026, 7, 1), expected_version=second.version)
    first, second = guideline.versions.order_by("number")
    assert (first.valid_from, first.valid_to) == (date(2026, 1, 1), date(2026, 6, 30))
    assert (second.valid_from, second.valid_to) == (date(2026, 7, 1), None)
    versions = list(guideline.versions.all())
    assert service.in_force_on(versions, date(2026, 6, 30)) == first
    assert service.in_force_on(versions, date(2026, 7, 1)) == second
    assert service.in_force_on(versions, date(2025, 12, 31)) is None


@pytest.mark.django_db
def test_a_version_cannot_start_before_the_one_in_force(users):
    head = users["head"]
    guideline = approved_guideline(head, "25.5.1", valid_from=date(2026, 1, 1))
    second = service.new_draft(head, guideline, draft())
    with pytest.raises(ValidationError) as refused:
        service.approve(head, second, valid_from=date(2026, 1, 1),
                        expected_version=second.version)
    assert refused.value.message_dict["valid_from"] == [
        "Die neue Fassung muss nach dem Beginn der bisherigen Fassung (01.01.2026) gelten."]
    second.refresh_from_db()
    first = guideline.versions.get(number=1)
    assert second.state == VersionState.DRAFT and first.valid_to is None


@pytest.mark.django_db
def test_a_version_that_was_in_force_is_never_edited(users):
    head = users["head"]
    guideline = approved_guideline(head, "25.5.1")
    version = guideline.versions.get()
    with pytest.raises(ValidationError):
        service.edit_draft(head, version, draft(text="anders"), version.version)
    with pytest.raises(ValidationError):
        service.approve(head, version, valid_from=date(2027, 1, 1),
                        expected_version=version.version)
    version.refresh_from_db()
    assert version.text == draft()["text"]


@pytest.mark.django_db
def test_one_draft_at_a_time(users):
    head = users["head"]
    guideline = approved_guideline(head, "25.5.1")
    service.new_draft(head, guideline, draft())
    with pytest.raises(ValidationError) as refused:
        service.new_draft(head, guideline, draft())
    assert refused.value.messages == [
        "Es gibt schon einen Entwurf (Fassung 2); bitte diesen bearbeiten."]
