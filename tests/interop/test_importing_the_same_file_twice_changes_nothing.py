import json

from interop.factories import HEADER, VALID_ROWS, snapshot, valid_csv, xlsx_bytes
from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.interop.exchange import cases_to_document
from wegweiser.interop.services import import_file


def test_a_csv_imported_twice_changes_nothing(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)
    before = snapshot(authority)

    second = import_file(valid_csv(), "bestand.csv", authority, head)

    assert second.ok
    assert second.counts.as_dict() == {
        "persons_created": 0, "persons_updated": 0, "persons_unchanged": 3,
        "records_written": 0, "records_removed": 0}
    assert snapshot(authority) == before


def test_an_xlsx_imported_twice_changes_nothing(authority, head):
    workbook = xlsx_bytes([HEADER, *VALID_ROWS])
    first = import_file(workbook, "bestand.xlsx", authority, head)
    before = snapshot(authority)

    second = import_file(workbook, "bestand.xlsx", authority, head)

    assert first.counts.persons_created == 3
    assert second.counts.persons_unchanged == 3
    assert snapshot(authority) == before


def test_a_json_document_imported_twice_changes_nothing(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)
    document = json.dumps(cases_to_document(Person.unscoped.filter(authority=authority))).encode()
    before = snapshot(authority)

    again = import_file(document, "bestand.json", authority, head)

    assert again.counts.persons_unchanged == 3 and again.counts.records_written == 0
    assert snapshot(authority) == before


def test_a_changed_row_updates_the_person_without_duplicates(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)
    rows = [*VALID_ROWS[:3], VALID_ROWS[3].replace(";Barry;", ";Bary;")]

    outcome = import_file(valid_csv(rows), "bestand.csv", authority, head)

    barry = Person.unscoped.get(authority=authority, file_number="AZ-3")
    assert outcome.counts.persons_updated == 1
    assert barry.family_name == "Bary" and barry.version == 2
    assert Person.unscoped.filter(authority=authority).count() == 3


def test_a_changed_status_period_replaces_that_persons_periods_only(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)
    untouched = set(StatusPeriod.unscoped.filter(person__file_number="AZ-2").values_list("pk"))
    rows = [VALID_ROWS[0], VALID_ROWS[1].replace(";;16", ";;03"), *VALID_ROWS[2:]]

    outcome = import_file(valid_csv(rows), "bestand.csv", authority, head)

    assert outcome.counts.persons_updated == 1
    assert set(StatusPeriod.unscoped.filter(person__file_number="AZ-2").values_list("pk")) == (
        untouched)
    assert StatusPeriod.unscoped.get(person__file_number="AZ-1", kind="duldung").azr_reason_code == (
        "03")
