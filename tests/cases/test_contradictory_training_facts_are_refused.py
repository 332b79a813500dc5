"""A training record that contradicts itself is refused with a German message and nothing is
saved: the law would otherwise silently ignore the contradictory answer."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login
from wegweiser.cases import services
from wegweiser.cases.models import TrainingRecord
from wegweiser.cases.validation import training_problems

TODAY = date(2026, 11, 27)


def test_a_completed_training_needs_an_end_that_has_passed():
    assert [f for f, _m in training_problems(date(2025, 8, 1), None, "qualified", True, None,
                                             TODAY)] == ["completed"]
    assert training_problems(date(2025, 8, 1), date(2027, 7, 31), "qualified", True, None, TODAY)
    assert not training_problems(date(2023, 8, 1), date(2026, 7, 31), "qualified", True, None,
                                 TODAY)


def test_a_bottleneck_commitment_belongs_only_to_an_assistant_training():
    problems = training_problems(date(2025, 8, 1), None, "qualified", None, True, TODAY)
    assert problems == [("bottleneck_commitment",
                         "Die Zusage für eine Ausbildung in einem Engpassberuf gehört nur zu einer "
                         "Assistenz- oder Helferausbildung (§ 60c Abs. 1 Satz 1 AufenthG).")]
    assert not training_problems(date(2025, 8, 1), None, "assistant", None, False, TODAY)
    assert not training_problems(date(2025, 8, 1), None, "", None, True, TODAY)  # kind unknown


def test_the_form_refuses_contradictions_and_writes_nothing(client, caseworker, person):
    response = login(client, caseworker).post(
        reverse("cases:fact_add", args=[person.pk, "training"]),
        {"start": "2025-08-01", "end": "", "occupation": "Koch/Köchin", "kind": "qualified",
         "contract_registered": "true", "completed": "true", "bottleneck_commitment": "true"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "Eine abgeschlossene Ausbildung braucht ein Ende" in page
    assert "gehört nur zu einer Assistenz- oder Helferausbildung" in page
    assert not TrainingRecord.objects.filter(person=person).exists()


@pytest.mark.django_db
def test_the_one_door_refuses_them_too(caseworker, person):
    record = TrainingRecord(authority_id=person.authority_id, person=person,
                            start=date(2025, 8, 1), occupation="Koch/Köchin", kind="other",
                            completed=True)

    with pytest.raises(ValidationError):
        services.save_record(caseworker, record, None)

    assert not TrainingRecord.objects.exists()
