"""Another authority reads only what was published; adopting creates a draft guideline or a
constellation of the adopting authority through the review app's door, whose validation applies
(a number already taken is refused in German, nothing created)."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.review.guideline_helpers import approved_guideline
from wegweiser.dialogue import catalogue
from wegweiser.review import constellations
from wegweiser.review.models import Constellation, Guideline


@pytest.fixture
def published(users):
    head = users["head"]
    approved_guideline(head, "60a.1")  # in force, never published: stays at home
    guideline = approved_guideline(head, "25.5.1")
    constellation = constellations.save_constellation(
        head, None, name="Volljährige", description="ab 18",
        conditions=[{"feature": "age", "op": "ge", "value": 18}])
    return (catalogue.publish_guideline(head, guideline.versions.get()),
            catalogue.publish_constellation(head, constellation))


@pytest.mark.django_db
def test_only_published_definitions_cross(client, published, other_authority):
    login(client, make_user(other_authority, "caseworker", "fremd"))
    body = client.get(reverse("dialog:catalogue_list")).content.decode()
    assert "25.5.1" in body and "Volljährige" in body and "60a.1" not in body
    assert "Testbehörde" in body or published[0].origin_authority.name in body


@pytest.mark.django_db
def test_adopting_creates_drafts_of_the_adopter(client, published, authority, other_authority):
    guideline_entry, constellation_entry = published
    login(client, make_user(other_authority, "head", "fremdleitung"))
    client.post(reverse("dialog:catalogue_adopt", args=[guideline_entry.pk]))
    client.post(reverse("dialog:catalogue_adopt", args=[constellation_entry.pk]))
    theirs = Guideline.unscoped.get(authority=other_authority)
    assert theirs.number == "25.5.1"
    assert theirs.versions.get().state == "draft"
    assert "Übernommen aus dem Katalog" in theirs.versions.get().reason_text
    assert Constellation.unscoped.get(authority=other_authority).conditions == \
        Constellation.unscoped.get(authority=authority).conditions


@pytest.mark.django_db
def test_a_taken_number_is_refused_and_nothing_is_created(client, published, users):
    login(client, users["head"])  # the publisher itself already has 25.5.1
    response = client.post(reverse("dialog:catalogue_adopt", args=[published[0].pk]))
    assert response.status_code == 400
    assert "Die Nummer 25.5.1 ist bereits vergeben." in response.content.decode()
    assert Guideline.objects.count() == 2


@pytest.mark.django_db
def test_only_the_head_adopts_and_publishes(client, published, users):
    guideline_entry = published[0]
    version = Guideline.objects.get(number="25.5.1").versions.get()
    for role in ("caseworker", "counsellor", "controlling"):
        login(client, users[role])
        assert client.post(reverse("dialog:catalogue_adopt", args=[guideline_entry.pk]),
                           {"number": "99.1"}).status_code == 403
        assert client.post(reverse("dialog:publish_guideline",
                                   args=[version.pk])).status_code == 403
    login(client, users["counsellor"])
    assert client.get(reverse("dialog:catalogue_list")).status_code == 403


@pytest.mark.django_db
def test_nobody_publishes_another_authoritys_guideline(client, published, users,
                                                       other_authority):
    version = Guideline.objects.get(number="25.5.1").versions.get()
    login(client, make_user(other_authority, "head", "fremdleitung"))
    before = catalogue.entries().count()
    assert client.post(reverse("dialog:publish_guideline", args=[version.pk])).status_code == 404
    assert catalogue.entries().count() == before
