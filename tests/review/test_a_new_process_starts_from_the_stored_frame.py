"""A web process that has no frame in memory loads the one stored on disk (by another process
or by a screening run) and patches it from the audit log; a reset database is never trusted."""

import json

import pytest

from tests.review.conftest import AS_OF, constellation, files
from wegweiser.cases.services import save_record
from wegweiser.review import constellation_frame, frame_store
from wegweiser.review import constellations as service
from wegweiser.screening.policy import policy_for

UNCLEAR = [{"feature": "identity_clarified", "op": "eq", "value": False}]


@pytest.fixture
def stored(settings, tmp_path):
    settings.WEGWEISER_CONSTELLATION_CACHE_SECONDS = 600
    settings.WEGWEISER_CONSTELLATION_FRAME_DIR = str(tmp_path)
    constellation_frame.forget()
    yield tmp_path
    constellation_frame.forget()


@pytest.mark.django_db
def test_the_stored_frame_is_loaded_instead_of_reading_the_case_files(
        stored, authority, district, caseworker, monkeypatch):
    person = district["E"]
    save_record(caseworker, person, person.version)  # an audit entry to anchor the copy
    first = constellation_frame.person_features(authority.pk, AS_OF)
    assert list(stored.glob("*.parquet"))
    constellation_frame.forget()  # a new process: nothing in memory

    def no_reading(*args, **kwargs):
        raise AssertionError("the case files were read again")

    monkeypatch.setattr(constellation_frame, "build_frame", no_reading)
    loaded = constellation_frame.person_features(authority.pk, AS_OF)
    assert loaded.frame.equals(first.frame)


@pytest.mark.django_db
def test_changes_after_the_copy_are_patched_in(stored, authority, district, caseworker):
    c = constellation(authority, UNCLEAR)
    person = district["E"]
    save_record(caseworker, person, person.version)
    assert files(service.matching_person_ids(c, AS_OF)) == {"KT-A", "KT-E"}
    constellation_frame.forget()
    person.refresh_from_db()
    person.identity_clarified = True
    save_record(caseworker, person, person.version)
    assert files(service.matching_person_ids(c, AS_OF)) == {"KT-A"}


@pytest.mark.django_db
def test_a_copy_from_another_database_is_not_trusted(stored, authority, district, caseworker):
    person = district["E"]
    save_record(caseworker, person, person.version)
    policy = policy_for(authority.pk)
    constellation_frame.person_features(authority.pk, AS_OF)
    assert frame_store.load(authority.pk, AS_OF, policy) is not None
    # The same id in a reset database carries another hash of the audit chain.
    (meta_file,) = stored.glob("*.json")
    meta = json.loads(meta_file.read_text())
    meta_file.write_text(json.dumps({**meta, "stamp": "0" * 64}))
    assert frame_store.load(authority.pk, AS_OF, policy) is None


@pytest.mark.django_db
def test_a_screening_run_leaves_the_days_frame_on_disk(stored, authority, district):
    from wegweiser.screening.runs import run_now

    run_now(authority.pk, AS_OF)
    assert frame_store.load(authority.pk, AS_OF, policy_for(authority.pk)) is not None
