"""Digits from the middle of a file number ("000737") find the person, as does its start;
one or two characters match only at the start (they occur inside most file numbers)."""

from django.urls import reverse

from tests.conftest import login, make_person


def found(client, q: str) -> set[str]:
    body = client.get(reverse("cases:list"), {"q": q}).content.decode()
    return {n for n in ("Abbas", "Zaid") if f">{n}," in body}


def test_a_part_of_the_file_number_finds_the_person(client, caseworker, authority):
    make_person(authority, file_number="RW-2019-000737", family_name="Abbas")
    make_person(authority, file_number="RW-2020-001234", family_name="Zaid")
    login(client, caseworker)

    assert found(client, "000737") == {"Abbas"}
    assert found(client, "2019-0007") == {"Abbas"}
    assert found(client, "rw-2020") == {"Zaid"}
    assert found(client, "RW-") == {"Abbas", "Zaid"}


def test_one_or_two_characters_match_only_at_the_start(client, caseworker, authority):
    make_person(authority, file_number="37-A", family_name="Abbas")
    make_person(authority, file_number="RW-37", family_name="Zaid")
    login(client, caseworker)

    assert found(client, "37") == {"Abbas"}
