"""A spouse linked in both directions (as the demo and imports store it) is listed once on
the case page - it was listed twice - and unlinking removes both directions."""

import re

from django.urls import reverse

from tests.conftest import login, make_person


def spouses(authority):
    from wegweiser.cases.models import FamilyLink

    first = make_person(authority, file_number="KT-E1", family_name="Nasser", given_names="Lina")
    second = make_person(authority, file_number="KT-E2", family_name="Nasser", given_names="Omar")
    for person, relative in ((first, second), (second, first)):
        FamilyLink.objects.create(authority=authority, person=person, relative=relative,
                                  relation="spouse")
    return first, second


def family_section(client, person) -> str:
    body = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    return body[body.index('id="h-family"'):body.index('id="h-followups"')]


def test_a_spouse_linked_both_ways_is_listed_once_on_both_pages(client, caseworker, authority):
    first, second = spouses(authority)
    login(client, caseworker)
    for person, other in ((first, second), (second, first)):
        section = family_section(client, person)
        assert section.count(f'href="{reverse("cases:detail", args=[other.pk])}"') == 1
        assert section.count("Ehe-/Lebenspartner/in") == 1


def test_unlinking_a_spouse_removes_both_directions(client, caseworker, authority):
    from wegweiser.cases.models import FamilyLink

    first, second = spouses(authority)
    login(client, caseworker)
    action = re.search(r'action="(/faelle/\d+/loeschen/family/\d+/)"', family_section(client, first))
    link = FamilyLink.objects.get(pk=int(action.group(1).rstrip("/").rsplit("/", 1)[1]))
    response = client.post(action.group(1), {"version": link.version})
    assert response.status_code == 302
    assert not FamilyLink.objects.exists()
    assert "Keine Familienangehörigen verknüpft." in family_section(client, second)
