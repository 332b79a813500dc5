import pytest

from wegweiser.cases.models import FamilyLink, Person, StatusPeriod


@pytest.mark.django_db
def test_parents_point_to_their_younger_children(demo):
    links = FamilyLink.objects.filter(relation="parent").select_related("person", "relative")
    assert links.count() > 50
    for link in links:
        assert link.person.birth_date < link.relative.birth_date
        assert link.person.authority_id == link.relative.authority_id == link.authority_id


@pytest.mark.django_db
def test_spouses_are_linked_both_ways(demo):
    pairs = set(FamilyLink.objects.filter(relation="spouse").values_list("person", "relative"))
    assert pairs and all((b, a) in pairs for a, b in pairs)


@pytest.mark.django_db
def test_children_have_their_own_status_history(demo):
    children = Person.objects.filter(
        pk__in=FamilyLink.objects.filter(relation="parent").values("relative")
    )
    with_periods = StatusPeriod.objects.filter(person__in=children).values("person").distinct()
    assert with_periods.count() >= 0.95 * children.count()


@pytest.mark.django_db
def test_school_children_appear_in_long_staying_families(demo):
    from wegweiser.cases.models import SchoolRecord

    pupils = SchoolRecord.objects.filter(end=None).values("person").distinct().count()
    assert pupils > 40
