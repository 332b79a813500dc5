"""The bulk import writes the search keys a save through the model would write, on create
and on update, so that imported persons are found like any other."""

from interop.factories import VALID_ROWS, valid_csv
from wegweiser.cases.models import Person
from wegweiser.interop.services import import_file


def keys_after_a_save(person: Person) -> str:
    person.refresh_search_keys()
    return person.search_keys


def test_created_and_updated_persons_have_the_keys_of_a_save(authority, head):
    assert import_file(valid_csv(), "a.csv", authority, head).ok
    renamed = [row.replace(";Haddad;Yusuf;", ";Abashidze;Youssef;") for row in VALID_ROWS]
    assert import_file(valid_csv(renamed), "b.csv", authority, head).ok

    persons = list(Person.unscoped.filter(authority=authority))
    assert persons and all(p.search_keys == keys_after_a_save(p) for p in persons)
    updated = next(p for p in persons if p.file_number == "AZ-1")
    assert " =abashidze " in updated.search_keys and " ysf " in updated.search_keys
