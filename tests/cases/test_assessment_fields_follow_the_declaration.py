"""The facts the law reads are declared once (law/statute/declarations.py); the case file, the law's
facts and the exchange format follow that declaration - a new fact cannot be forgotten in one
of them."""

from dataclasses import fields

from django.db import models

from wegweiser.cases.models import Assessment, Person
from wegweiser.law.engine.facts import CaseFacts
from wegweiser.law.statute import declarations
from wegweiser.law.statute.declarations import Type, Where


def _fact_fields(model) -> dict[str, models.Field]:
    return {f.name: f for f in model._meta.concrete_fields
            if isinstance(f, models.BooleanField | models.DateField | models.CharField)}


def test_the_assessment_has_exactly_the_declared_facts_with_their_labels():
    stored = {name: f for name, f in _fact_fields(Assessment).items()
              if name not in ("evidence", "note", "updated_at")}
    declared = {f.name: f for f in declarations.ASSESSMENT}
    assert set(stored) == set(declared)
    for name, fact in declared.items():
        assert str(stored[name].verbose_name) == fact.label
        assert stored[name].null, f"{name}: unknown must be storable"
        kind = models.DateField if fact.type is Type.DATE else models.BooleanField
        assert isinstance(stored[name], kind), name


def test_the_person_has_every_declared_person_fact():
    person = _fact_fields(Person)
    for fact in declarations.FACTS:
        if fact.where is Where.PERSON:
            assert fact.name in person, fact.name
            assert str(person[fact.name].verbose_name) == fact.label


def test_every_declared_law_fact_is_a_field_of_the_law_facts():
    names = {f.name for f in fields(CaseFacts)}
    for fact in declarations.FACTS:
        if not fact.helper and fact.where is not Where.RECORDS:
            assert fact.name in names, fact.name
