"""A constellation matches exactly the persons whose features (known by hand, see conftest)
satisfy every condition - counted over the authority's frame, listed, and person by person."""

import pytest

from tests.review.conftest import AS_OF, constellation, files
from wegweiser.review import constellations as service

# conditions -> the files they match, worked out by hand from the table in conftest.py
CASES = [
    ([{"feature": "age", "op": "between", "value": [21, 26]},
      {"feature": "toleration_months", "op": "ge", "value": 72},
      {"feature": "identity_clarified", "op": "eq", "value": False}], {"KT-A"}),
    ([{"feature": "toleration_months", "op": "ge", "value": 89}], {"KT-A", "KT-B"}),
    ([{"feature": "toleration_months", "op": "ge", "value": 90}], {"KT-A"}),
    ([{"feature": "toleration_months", "op": "le", "value": 34}], {"KT-C", "KT-D"}),
    ([{"feature": "toleration_months", "op": "eq", "value": 106}], {"KT-A"}),
    ([{"feature": "age", "op": "le", "value": 24}], {"KT-A", "KT-K", "KT-C"}),  # C: 21 or 22
    ([{"feature": "age", "op": "ge", "value": 21}], {"KT-A", "KT-B", "KT-C", "KT-D", "KT-E"}),
    ([{"feature": "has_minor_child", "op": "eq", "value": True}], {"KT-B"}),
    ([{"feature": "lang_oral", "op": "ge", "value": "A2"}], {"KT-A", "KT-B"}),
    ([{"feature": "lang_written", "op": "ge", "value": "A1"}], {"KT-B"}),
    ([{"feature": "livelihood_secured", "op": "eq", "value": True}], {"KT-B"}),
    ([{"feature": "current_kind", "op": "eq", "value": "duldung"}], {"KT-A", "KT-B", "KT-C"}),
    ([{"feature": "current_kind", "op": "ne", "value": "duldung"}], {"KT-D"}),
    ([{"feature": "nationality", "op": "eq", "value": "IRQ"},
      {"feature": "identity_clarified", "op": "eq", "value": True}], {"KT-B", "KT-D"}),
    ([{"feature": "identity_clarified", "op": "unknown"}], {"KT-K", "KT-C"}),
    ([{"feature": "toleration_months", "op": "unknown"}], {"KT-K", "KT-E"}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("conditions", "expected"), CASES)
def test_the_count_and_the_list_are_the_persons_whose_features_satisfy_every_condition(
        authority, district, conditions, expected):
    c = constellation(authority, conditions)
    ids = service.matching_person_ids(c, AS_OF)
    assert files(ids) == expected
    assert service.count(c, AS_OF) == len(expected) == service.evaluate(c, AS_OF).matched


@pytest.mark.django_db
def test_the_place_of_residence_is_read_from_the_file(authority, district):
    elsewhere = district["D"].municipality
    c = constellation(authority, [{"feature": "municipality", "op": "eq", "value": elsewhere.pk}])
    assert files(service.matching_person_ids(c, AS_OF)) == {"KT-D"}


@pytest.mark.django_db
def test_the_single_case_path_agrees_with_the_batch_for_every_person(authority, district):
    for conditions, expected in CASES:
        c = constellation(authority, conditions, name=str(conditions)[:190])
        matched = {p.file_number for p in district.values()
                   if service.person_matches(c, p, AS_OF) is True}
        assert matched == expected, conditions


@pytest.mark.django_db
def test_the_list_is_ordered_by_file_number(authority, district):
    c = constellation(authority, [{"feature": "age", "op": "ge", "value": 0}])
    ids = service.matching_person_ids(c, AS_OF)
    from wegweiser.cases.models import Person

    numbers = [Person.objects.get(pk=pk).file_number for pk in ids]
    assert numbers == sorted(numbers) and len(numbers) == 6
