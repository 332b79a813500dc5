"""A withdrawn guideline keeps its number and text in the register, marked as withdrawn
("…weggefallen…"), with the day and the reason."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login
from tests.review.guideline_helpers import DRAFT, approved_guideline
from wegweiser.review import guidelines as service
from wegweiser.review.models.guideline import VersionState


@pytest.mark.django_db
def test_withdrawal_keeps_the_text_and_marks_it(client, users):
    head = users["head"]
    guideline = approved_guideline(head, "60d.1", valid_from=date(2024, 3, 1))
    version = guideline.versions.get()
    service.withdraw(head, guideline, valid_to=date(2025, 12, 31), reason_kind="changed_law",
                     reason_text="§ 60d aufgehoben", expected_version=version.version)
    version.refresh_from_db()
    assert version.state == VersionState.WITHDRAWN and version.withdrawn_by == head
    assert (version.valid_to, version.text) == (date(2025, 12, 31), DRAFT["text"])
    login(client, users["controlling"])
    page = client.get(reverse("review:guideline_register")).content.decode()
    assert "60d.1 Leitlinie 60d.1" in page
    assert "aufgehoben mit Ablauf des 31.12.2025" in page and "…weggefallen…" in page
    assert f'<del class="withdrawn-text">{DRAFT["text"]}' in page
    assert "Gesetzesänderung: § 60d aufgehoben" in page


@pytest.mark.django_db
def test_withdrawal_needs_a_day_and_a_reason(users):
    head = users["head"]
    guideline = approved_guideline(head, "60d.1", valid_from=date(2024, 3, 1))
    with pytest.raises(ValidationError) as refused:
        service.withdraw(head, guideline, valid_to=date(2024, 1, 1), reason_kind="",
                         reason_text="", expected_version=2)
    assert refused.value.message_dict == {
        "valid_to": ["Der letzte Tag kann nicht vor dem Beginn der Fassung (01.03.2024) "
                     "liegen."],
        "reason_kind": ["Bitte den Anlass der Aufhebung wählen."]}
    assert guideline.versions.get().state == VersionState.APPROVED


@pytest.mark.django_db
def test_a_withdrawn_guideline_can_be_put_in_force_again_by_a_new_version(users):
    head = users["head"]
    guideline = approved_guideline(head, "60d.1", valid_from=date(2024, 3, 1))
    service.withdraw(head, guideline, valid_to=date(2025, 12, 31), reason_kind="changed_law",
                     reason_text="", expected_version=2)
    second = service.new_draft(head, guideline, {**DRAFT, "reason_kind": "changed_law"})
    service.approve(head, second, valid_from=date(2026, 6, 1), expected_version=second.version)
    first = guideline.versions.get(number=1)
    assert (first.state, first.valid_to) == (VersionState.WITHDRAWN, date(2025, 12, 31))
    entry = service.entry(guideline, head, today=date(2026, 7, 1))
    assert entry is not None and entry.shown.number == 2 and not entry.withdrawn
