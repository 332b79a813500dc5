from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import make_person
from wegweiser.cases.family import age_on, is_minor_on, minor_children_on
from wegweiser.cases.models import FamilyLink


def link(parent, child, living_in_household=True):
    FamilyLink.objects.create(
        authority_id=parent.authority_id,
        person=parent,
        relative=child,
        relation="parent",
        living_in_household=living_in_household,
    )


def test_a_child_is_minor_until_the_day_before_its_18th_birthday(authority):
    parent = make_person(authority)
    child = make_person(authority, file_number="K1", birth_date=date(2008, 11, 28))
    link(parent, child)
    assert [c.pk for c in minor_children_on(parent, date(2026, 11, 27))] == [child.pk]
    assert minor_children_on(parent, date(2026, 11, 28)) == []


def test_a_leap_day_child_comes_of_age_on_1_march(authority):
    child = make_person(authority, file_number="K2", birth_date=date(2008, 2, 29))
    assert is_minor_on(child, date(2026, 2, 28)) is True
    assert is_minor_on(child, date(2026, 3, 1)) is False


def test_a_year_only_birth_date_is_unknown_in_the_year_of_the_18th_birthday(authority):
    child = make_person(authority, file_number="K3", birth_date=date(2008, 1, 1), birth_date_precision="year")
    assert is_minor_on(child, date(2026, 6, 1)) is None
    assert is_minor_on(child, date(2025, 12, 31)) is True
    assert is_minor_on(child, date(2027, 1, 1)) is False


def test_children_outside_the_household_and_unknown_ages_do_not_count(authority):
    parent = make_person(authority)
    away = make_person(authority, file_number="K4", birth_date=date(2015, 1, 1))
    unknown = make_person(authority, file_number="K5", birth_date=None)
    link(parent, away, living_in_household=False)
    link(parent, unknown)
    assert minor_children_on(parent, date(2026, 1, 1)) == []


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2030, 12, 31)),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)),
)
def test_age_never_decreases_as_time_goes_on(birth, day):
    later = date.fromordinal(min(day.toordinal() + 1, date(2060, 12, 31).toordinal()))
    assert age_on(birth, later) >= age_on(birth, day)
