"""With the cache on, the frame follows audited changes: the changed person (and relatives)
are computed again, an import rebuilds the frame; reads change nothing."""

from datetime import date

import pytest

from tests.review.conftest import AS_OF, constellation, files
from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.services import save_record
from wegweiser.review import constellation_frame
from wegweiser.review import constellations as service

UNCLEAR = [{"feature": "identity_clarified", "op": "eq", "value": False}]


@pytest.fixture
def cached(settings):
    settings.WEGWEISER_CONSTELLATION_CACHE_SECONDS = 600
    constellation_frame.forget()
    yield
    constellation_frame.forget()


@pytest.mark.django_db
def test_an_audited_change_is_counted_at_once(cached, authority, district, caseworker):
    c = constellation(authority, UNCLEAR)
    assert files(service.matching_person_ids(c, AS_OF)) == {"KT-A", "KT-E"}
    before = constellation_frame.person_features(authority.pk, AS_OF)
    height, built_at = before.frame.height, before.built_at
    person = district["E"]
    person.identity_clarified = True
    save_record(caseworker, person, person.version)
    assert files(service.matching_person_ids(c, AS_OF)) == {"KT-A"}
    patched = constellation_frame.person_features(authority.pk, AS_OF)
    assert patched.frame.height == height == 6
    assert patched.built_at == built_at  # patched, not read again


@pytest.mark.django_db
def test_a_childs_change_reaches_the_parent(cached, authority, district, caseworker):
    c = constellation(authority, [{"feature": "has_minor_child", "op": "eq", "value": True}])
    assert files(service.matching_person_ids(c, AS_OF)) == {"KT-B"}
    child = district["K"]
    child.birth_date = date(2005, 1, 1)  # of age since 2023
    save_record(caseworker, child, child.version)
    assert files(service.matching_person_ids(c, AS_OF)) == set()


@pytest.mark.django_db
def test_a_change_without_the_door_waits_for_the_next_rebuild(cached, authority, district):
    from wegweiser.cases.models import Person

    c = constellation(authority, UNCLEAR)
    assert service.count(c, AS_OF) == 2
    Person.objects.filter(pk=district["A"].pk).update(identity_clarified=True)  # no audit
    record(None, AuditAction.VIEW, person=district["A"])  # reads change nothing
    assert service.count(c, AS_OF) == 2
    record(None, AuditAction.IMPORT, authority_id=authority.pk)  # names no person: rebuild
    assert service.count(c, AS_OF) == 1


@pytest.mark.django_db
def test_a_new_person_is_added_and_a_deleted_one_removed(cached, authority, district,
                                                          caseworker):
    from tests.conftest import make_person
    from wegweiser.cases.models import Person

    c = constellation(authority, UNCLEAR)
    assert service.count(c, AS_OF) == 2
    new = Person(authority=authority, file_number="KT-N", family_name="Neu", nationality="AFG",
                 identity_clarified=False, municipality=district["A"].municipality)
    save_record(caseworker, new, None)
    assert files(service.matching_person_ids(c, AS_OF)) == {"KT-A", "KT-E", "KT-N"}
    gone = make_person(authority, file_number="KT-X", identity_clarified=False)
    record(caseworker, AuditAction.CREATE, person=gone)
    assert service.count(c, AS_OF) == 4
    record(caseworker, AuditAction.DELETE, person=gone, detail={"record": "person"})
    gone.delete()
    assert service.count(c, AS_OF) == 3
