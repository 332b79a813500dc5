import json

from interop.factories import full_case_file
from wegweiser.accounts.models import Municipality
from wegweiser.cases.models import Person
from wegweiser.interop.exchange import cases_to_document
from wegweiser.interop.services import import_file


def exported(authority) -> dict:
    return json.loads(json.dumps(cases_to_document(Person.unscoped.filter(authority=authority))))


def without_envelope(document: dict) -> list[dict]:
    return sorted(document["cases"], key=lambda c: c["file_number"])


def test_a_json_export_imported_into_an_empty_authority_gives_the_same_data(
    authority, other_authority, other_head
):
    town = Municipality.objects.get(authority=authority, name="Altstadt")
    full_case_file(authority, municipality=town)
    document = exported(authority)

    outcome = import_file(json.dumps(document).encode(), "uebergabe.json", other_authority,
                          other_head)

    assert outcome.ok, outcome.report()
    assert outcome.counts.persons_created == 2
    assert without_envelope(exported(other_authority)) == without_envelope(document)
    copy = Person.unscoped.get(authority=other_authority, file_number="AZ-500")
    assert copy.municipality.authority == other_authority
    assert copy.current_status_kind == "duldung"


def test_a_csv_export_can_be_imported_again_without_changes(client, caseworker, head):
    full_case_file(caseworker.authority)
    client.force_login(caseworker)
    content = b"".join(client.get("/faelle/export.csv").streaming_content)

    outcome = import_file(content, "export.csv", head.authority, head)

    assert outcome.ok, outcome.report()
    assert outcome.counts.persons_unchanged == 2
    assert outcome.counts.records_written == 0
