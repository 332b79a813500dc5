"""A birth or entry date in the future and a nationality code outside the list are refused by
the person form and by the import (CSV and JSON) in the same words; nothing is saved."""

import json
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from wegweiser.cases.models import Person
from wegweiser.cases.validation import person_problems
from wegweiser.interop.context import ImportContext
from wegweiser.interop.exchange import document_to_cases
from wegweiser.interop.services import import_file

TODAY = date(2026, 11, 27)
NATIONALITY = ("Unbekannte Staatsangehörigkeit „ABC“: erwartet wird ein Code der Liste "
               "(ISO 3166 Alpha-3, z. B. SYR), XXA für staatenlos oder XXX für ungeklärt.")
BIRTH = "Das Geburtsdatum liegt in der Zukunft."
ENTRY = "Das Einreisedatum liegt in der Zukunft."
CSV_HEADER = "Aktenzeichen;Familienname;Staatsangehörigkeit;Geburtsdatum;Einreisedatum"


def _later() -> date:
    return timezone.localdate() + timedelta(days=30)


def test_today_decides_what_is_in_the_future():
    tomorrow = TODAY + timedelta(days=1)

    assert person_problems({"birth_date": tomorrow, "entry_date": tomorrow}, TODAY) == [
        ("birth_date", BIRTH), ("entry_date", ENTRY)]
    assert person_problems({"birth_date": TODAY, "entry_date": TODAY}, TODAY) == []


def test_the_import_takes_today_from_its_context():
    document = {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "SYR",
                "birth_date": "2026-11-28"}
    context = ImportContext(authority_id=0, municipalities={}, today=TODAY)

    _cases, problems = document_to_cases(document, context)

    assert [(p.column, p.message) for p in problems] == [("birth_date", BIRTH)]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("birth_date", "later", BIRTH), ("entry_date", "later", ENTRY),
    ("nationality", "ABC", NATIONALITY)])
def test_the_person_form_refuses_it(client, caseworker, person, field, value, message):
    data = {"family_name": "Haddad", "birth_date_precision": "day", "sex": "m",
            "nationality": "IRQ", "file_number": person.file_number, "version": person.version,
            field: _later().isoformat() if value == "later" else value}

    response = login(client, caseworker).post(reverse("cases:edit", args=[person.pk]), data)

    assert message in response.content.decode()
    person.refresh_from_db()
    assert person.version == 1


@pytest.mark.parametrize(("column", "message"), [
    ("Geburtsdatum", BIRTH), ("Einreisedatum", ENTRY), ("Staatsangehörigkeit", NATIONALITY)])
def test_a_csv_import_refuses_it_in_the_same_words(users, authority, column, message):
    cells = {"Aktenzeichen": "AZ-1", "Familienname": "Haddad", "Staatsangehörigkeit": "SYR",
             "Geburtsdatum": "1990", "Einreisedatum": ""}
    cells[column] = "ABC" if column == "Staatsangehörigkeit" else _later().strftime("%d.%m.%Y")
    row = ";".join(cells[name] for name in CSV_HEADER.split(";"))

    outcome = import_file(f"{CSV_HEADER}\n{row}\n".encode(), "x.csv", authority, users["head"])

    assert [(p.column, p.message) for p in outcome.problems] == [(column, message)]
    assert not Person.unscoped.exists()


@pytest.mark.parametrize(("field", "message"), [
    ("birth_date", BIRTH), ("entry_date", ENTRY), ("nationality", NATIONALITY)])
def test_a_json_import_refuses_it_in_the_same_words(users, authority, field, message):
    case = {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "SYR",
            field: "ABC" if field == "nationality" else _later().isoformat()}
    document = {"format_version": "1.0", "cases": [case]}

    outcome = import_file(json.dumps(document).encode(), "x.json", authority, users["head"])

    assert [(p.column, p.message) for p in outcome.problems] == [(field, message)]
    assert not Person.unscoped.exists()
