import io
from datetime import date

import pytest
from django.core.management import call_command

from wegweiser.cases.models import Assessment, Person


def run(**options) -> str:
    out = io.StringIO()
    call_command("demo", seed=3, persons=300, today=date(2026, 3, 1), stdout=out,
                 stderr=io.StringIO(), **options)
    return out.getvalue()


@pytest.mark.django_db
def test_a_second_run_without_reset_changes_nothing():
    run()
    before = Person.objects.count()
    message = run()
    assert "schon vorhanden" in message
    assert Person.objects.count() == before


@pytest.mark.django_db
def test_a_reset_run_replaces_the_data_instead_of_adding_to_it():
    run()
    before = Person.objects.count(), Assessment.unscoped.count()
    summary = run(reset=True)
    assert (Person.objects.count(), Assessment.unscoped.count()) == before
    assert before[1] > 0
    assert "sachbearbeitung1" in summary and "Wegweiser-Demo-2026!" in summary


@pytest.mark.django_db
def test_the_summary_is_german_and_lists_both_offices():
    summary = run()
    assert "Kreis Rhein-Wupper – Ausländerbehörde" in summary
    assert "Stadt Nachbarstadt – Ausländerbehörde" in summary
    assert "aktuell geduldet" in summary
