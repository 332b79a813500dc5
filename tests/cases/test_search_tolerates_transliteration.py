import pytest
from django.urls import reverse

from tests.conftest import login, make_person
from wegweiser.cases.names import skeleton


@pytest.mark.parametrize(
    "spellings",
    [
        ["Mohammed", "Muhammad", "Mohamad", "Mohammad"],
        ["Jussuf", "Yusuf", "Youssef"],
        ["Aleksandr", "Alexander", "Oleksandr"],
        ["Schewtschenko", "Shevchenko"],
        ["Hussein", "Husain", "Hossein"],
        ["Çelik", "Celik"],
    ],
)
def test_spellings_of_one_name_share_a_key(spellings):
    assert len({skeleton(s) for s in spellings}) == 1


def test_different_names_have_different_keys():
    assert skeleton("Ahmad") != skeleton("Mahmoud")


def test_the_case_list_finds_a_person_by_another_spelling(client, caseworker, authority):
    make_person(authority, family_name="Al-Hussein", given_names="Muhammad")
    body = login(client, caseworker).get(reverse("cases:list"), {"q": "mohamed husain"}).content
    assert "Al-Hussein" in body.decode()


def test_the_case_list_finds_an_alias(client, caseworker, authority):
    make_person(authority, family_name="Okafor", given_names="Chinedu", name_variants="Tschinedu Okafo")
    body = login(client, caseworker).get(reverse("cases:list"), {"q": "Okafo"}).content.decode()
    assert "Okafor" in body


def test_the_case_list_finds_a_file_number(client, caseworker, person):
    body = login(client, caseworker).get(reverse("cases:list"), {"q": "KT-2019"}).content.decode()
    assert "Haddad" in body
