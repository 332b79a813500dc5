"""A published guideline or constellation carries its definition only: serialised, it names no
person, no staff member, no file number and no count, even when cases match it."""

import json

import pytest

from tests.conftest import make_person
from tests.review.guideline_helpers import approved_guideline
from wegweiser.dialogue import catalogue
from wegweiser.review import constellations


@pytest.mark.django_db
def test_published_items_serialise_without_personal_data(users, authority):
    head = users["head"]
    head.first_name, head.last_name = "Hedwig", "Leiterin"
    head.save()
    person = make_person(authority, file_number="AZ-4711", family_name="Mustermann",
                         given_names="Erika", birth_date=None)
    constellation = constellations.save_constellation(
        users["caseworker"], None, name="Volljährige", description="ab 18",
        conditions=[{"feature": "age", "op": "ge", "value": 0}])
    guideline = approved_guideline(head, "25.5.1", constellations=[constellation.pk])
    published = [catalogue.publish_guideline(head, guideline.versions.get()),
                 catalogue.publish_constellation(head, constellation)]
    text = json.dumps([catalogue.as_public_dict(e) for e in published], default=str)
    for secret in ("Hedwig", "Leiterin", users["caseworker"].username, head.username,
                   person.file_number, person.family_name, person.given_names):
        assert secret not in text, secret
    for entry in published:
        assert set(catalogue.as_public_dict(entry)) == {*catalogue.PUBLIC_FIELDS, "origin"}
        assert not {"count", "matched", "persons", "created_by", "approved_by"} & set(
            catalogue.as_public_dict(entry))
