"""More persons than one batch of ids (900 on SQLite, one array on PostgreSQL): change
detection, history and replacement must cover every person, not only the first batch."""

from interop.factories import HEADER
from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.interop.services import import_file

PERSONS = 1900  # more than two batches of 900


def _rows(reason_of_last: str = "16") -> list[str]:
    return [
        f"AZ-{n:05d};;Haddad;Yusuf;;1990;m;SYR;;Altstadt;;;duldung;01.04.2017;;;"
        f"{reason_of_last if n == PERSONS - 1 else '16'}"
        for n in range(PERSONS)
    ]


def _csv(rows: list[str]) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode()


def test_every_batch_is_written_with_its_history_and_a_second_import_changes_nothing(
        authority, head):
    first = import_file(_csv(_rows()), "gross.csv", authority, head)
    second = import_file(_csv(_rows()), "gross.csv", authority, head)

    assert first.counts.persons_created == PERSONS
    assert Person.history.filter(history_type="+").count() == PERSONS
    assert StatusPeriod.history.filter(history_type="+").count() == PERSONS
    assert second.counts.persons_unchanged == PERSONS and second.counts.records_written == 0


def test_changes_in_the_last_batch_are_found_and_written(authority, head):
    import_file(_csv(_rows()), "gross.csv", authority, head)

    rows = _rows(reason_of_last="03")
    rows[1850] = rows[1850].replace(";Haddad;", ";Hadad;")

    outcome = import_file(_csv(rows), "gross.csv", authority, head)

    assert outcome.counts.persons_updated == 2
    renamed = Person.unscoped.get(authority=authority, file_number="AZ-01850")
    assert renamed.family_name == "Hadad" and renamed.version == 2
    assert outcome.counts.records_removed == 1 and outcome.counts.records_written == 1
    last = StatusPeriod.unscoped.get(person__file_number=f"AZ-{PERSONS - 1:05d}")
    assert last.azr_reason_code == "03"
    assert StatusPeriod.history.filter(history_type="-").count() == 1
