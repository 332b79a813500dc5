"""Whatever arrives, the import either takes all of it or nothing, and never crashes."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interop.factories import HEADER, VALID_ROWS, valid_csv
from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.interop.services import import_file

pytestmark = pytest.mark.django_db
EXAMPLES = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_all_or_nothing(outcome, authority):
    persons = Person.unscoped.filter(authority=authority).count()
    if outcome.ok:
        assert persons == outcome.counts.persons_created + outcome.counts.persons_updated + (
            outcome.counts.persons_unchanged)
    else:
        assert outcome.message or outcome.problems
        assert persons == 0
        assert StatusPeriod.unscoped.count() == 0


def fresh(authority):
    Person.unscoped.filter(authority=authority).delete()


@EXAMPLES
@given(content=st.binary(max_size=2000), name=st.sampled_from(["a.csv", "a.xlsx", "a.json", "a"]))
def test_random_bytes_never_crash(authority, head, content, name):
    fresh(authority)
    outcome = import_file(content, name, authority, head)
    assert_all_or_nothing(outcome, authority)


@EXAMPLES
@given(data=st.data())
def test_random_mutations_of_a_valid_csv_are_all_or_nothing(authority, head, data):
    fresh(authority)
    content = bytearray(valid_csv())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(content) - 1))
        action = data.draw(st.sampled_from(["replace", "delete", "insert"]))
        byte = data.draw(st.sampled_from(list(b";\n\"0123456789.-x\xff\x00 ")))
        if action == "replace":
            content[position] = byte
        elif action == "delete":
            del content[position]
        else:
            content.insert(position, byte)
    outcome = import_file(bytes(content), "mutiert.csv", authority, head)
    assert_all_or_nothing(outcome, authority)


@EXAMPLES
@given(cells=st.lists(st.text(max_size=30), min_size=17, max_size=17))
def test_random_cell_texts_are_all_or_nothing(authority, head, cells):
    fresh(authority)
    row = ";".join(c.replace(";", ",").replace("\n", " ").replace("\r", " ").replace('"', "'")
                   for c in cells)
    outcome = import_file(f"{HEADER}\n{VALID_ROWS[0]}\n{row}\n".encode(), "x.csv",
                          authority, head)
    assert_all_or_nothing(outcome, authority)
