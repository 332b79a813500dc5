from datetime import date

from django.urls import reverse

from tests.conftest import login, make_person
from wegweiser.cases.models import FamilyLink


def test_a_child_is_linked_and_counts_as_minor_child(client, caseworker, person):
    child = make_person(person.authority, file_number="KT-K1", given_names="Lina",
                        birth_date=date(2015, 3, 1))
    response = login(client, caseworker).post(
        reverse("cases:family_add", args=[person.pk]),
        {"relation": "child", "file_number": "KT-K1", "living_in_household": "on"},
    )
    assert response.status_code == 302
    assert [c.pk for c in person.minor_children_on(date(2026, 11, 27))] == [child.pk]
    child_page = client.get(reverse("cases:detail", args=[child.pk])).content.decode()
    assert "Elternteil" in child_page and person.full_name in child_page


def test_a_parent_link_is_stored_from_parent_to_child(client, caseworker, person):
    mother = make_person(person.authority, file_number="KT-M1", given_names="Amal")
    login(client, caseworker).post(
        reverse("cases:family_add", args=[person.pk]),
        {"relation": "parent", "file_number": "KT-M1", "living_in_household": "on"},
    )
    link = FamilyLink.objects.get()
    assert (link.person, link.relative, link.relation) == (mother, person, "parent")


def test_an_unknown_or_foreign_file_number_is_refused(client, caseworker, person, foreign_person):
    login(client, caseworker)
    for number in ["GIBT-ES-NICHT", foreign_person.file_number]:
        response = client.post(reverse("cases:family_add", args=[person.pk]),
                               {"relation": "spouse", "file_number": number})
        assert response.status_code == 400
        assert "Es gibt keine Akte mit diesem Aktenzeichen." in response.content.decode()
    assert not FamilyLink.objects.exists()


def test_a_person_cannot_be_linked_to_itself_or_twice(client, caseworker, person):
    spouse = make_person(person.authority, file_number="KT-S1")
    login(client, caseworker)
    url = reverse("cases:family_add", args=[person.pk])
    response = client.post(url, {"relation": "spouse", "file_number": person.file_number})
    assert "nicht mit sich selbst" in response.content.decode()
    client.post(url, {"relation": "spouse", "file_number": spouse.file_number})
    response = client.post(url, {"relation": "spouse", "file_number": spouse.file_number})
    assert "besteht bereits" in response.content.decode()
    assert FamilyLink.objects.count() == 1


def test_a_link_can_be_removed(client, caseworker, person):
    spouse = make_person(person.authority, file_number="KT-S2")
    login(client, caseworker)
    client.post(reverse("cases:family_add", args=[person.pk]),
                {"relation": "spouse", "file_number": spouse.file_number})
    link = FamilyLink.objects.get()
    client.post(reverse("cases:record_delete", args=[spouse.pk, "family", link.pk]),
                {"version": link.version})
    assert not FamilyLink.objects.exists()
