"""Negative weekly hours, an employment ending before it starts, negative prison months and
an own-income share above 100 % are refused by the form, the one door and the import alike;
nothing is saved."""

import json
from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login
from wegweiser.cases import services
from wegweiser.cases.models import Conviction, Employment, LivelihoodRecord, Person
from wegweiser.cases.validation import record_problems
from wegweiser.interop.services import import_file

TODAY = date(2026, 11, 27)
# (form slug, form input, model, JSON facts key, JSON record, field, message of the rule)
RULES = [
    ("employment", {"start": "2022-01-01", "hours_per_week": "-5"}, Employment,
     "employments", {"start": "2022-01-01", "hours_per_week": -5},
     "hours_per_week", "Die Wochenstunden können nicht negativ sein."),
    ("employment", {"start": "2022-01-01", "hours_per_week": "380"}, Employment,
     "employments", {"start": "2022-01-01", "hours_per_week": 380},
     "hours_per_week", "Eine Woche hat nur 168 Stunden; bitte die Wochenstunden prüfen."),
    ("employment", {"start": "2022-01-01", "end": "2021-12-31"}, Employment,
     "employments", {"start": "2022-01-01", "end": "2021-12-31"},
     "end", "Das Ende liegt vor dem Beginn."),
    ("conviction", {"date": "2022-01-10", "months": "-3"}, Conviction,
     "convictions", {"date": "2022-01-10", "months": -3},
     "months", "Die Dauer der Strafe kann nicht negativ sein."),
    ("livelihood", {"assessed_on": "2026-06-01", "own_earnings_share": "150"}, LivelihoodRecord,
     "livelihood", {"assessed_on": "2026-06-01", "own_earnings_share": 150},
     "own_earnings_share", "Der Anteil aus eigenem Einkommen liegt zwischen 0 und 100 %."),
]
IDS = ["negative-hours", "hours-beyond-a-week", "end-before-start", "negative-months",
       "share-above-100"]


def _typed(record: dict) -> dict:
    values = {k: date.fromisoformat(v) if k in ("start", "end", "date", "assessed_on") else v
              for k, v in record.items()}
    return {k: Decimal(v) if isinstance(v, int) and k != "own_earnings_share" else v
            for k, v in values.items()}


@pytest.mark.parametrize(("slug", "data", "model", "key", "record", "field", "message"), RULES,
                         ids=IDS)
def test_the_rule_names_the_field(slug, data, model, key, record, field, message):
    problems = record_problems(model._meta.model_name, _typed(record), TODAY)

    assert problems == [(field, message)]


@pytest.mark.parametrize(("slug", "data", "model", "key", "record", "field", "message"), RULES,
                         ids=IDS)
def test_the_form_refuses_it_beside_the_field(client, caseworker, person, slug, data, model,
                                               key, record, field, message):
    response = login(client, caseworker).post(
        reverse("cases:fact_add", args=[person.pk, slug]), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not model.objects.exists()


@pytest.mark.parametrize(("slug", "data", "model", "key", "record", "field", "message"), RULES,
                         ids=IDS)
def test_the_one_door_refuses_it(caseworker, person, slug, data, model, key, record, field,
                                 message):
    instance = model(authority_id=person.authority_id, person=person, **_typed(record))

    with pytest.raises(ValidationError) as refused:
        services.save_record(caseworker, instance, None)

    assert refused.value.message_dict == {field: [message]}
    assert not model.objects.exists()


@pytest.mark.parametrize(("slug", "data", "model", "key", "record", "field", "message"), RULES,
                         ids=IDS)
def test_the_import_refuses_it_and_writes_nothing(users, authority, slug, data, model, key,
                                                  record, field, message):
    case = {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "SYR",
            "facts": {key: [record]}}
    document = {"format_version": "1.0", "cases": [case]}

    outcome = import_file(json.dumps(document).encode(), "x.json", authority, users["head"])

    assert not outcome.ok
    assert [p.column for p in outcome.problems] == [f"facts.{key}[0].{field}"]
    assert not Person.unscoped.exists() and not model.unscoped.exists()
