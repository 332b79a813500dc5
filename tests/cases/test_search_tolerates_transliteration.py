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
        ["Abashidse", "Abashidze"],
        ["Kuznetsov", "Kusnezow", "Kuznezov"],
        ["Jovanović", "Jovanovic", "Jovanovich", "Jowanowitsch"],
        ["Jelena", "Yelena", "Elena"],
        ["Iurii", "Yuri", "Jurij"],
        ["Dschamal", "Djamal", "Jamal"],
    ],
)
def test_spellings_of_one_name_share_a_key(spellings):
    assert len({skeleton(s) for s in spellings}) == 1


@pytest.mark.parametrize(("one", "other"), [("Ahmad", "Mahmoud"), ("Youssef", "Saif"),
                                            ("Yusuf", "Seif"), ("Jasmin", "Samin")])
def test_different_names_have_different_keys(one, other):
    assert skeleton(one) != skeleton(other)


def test_the_case_list_does_not_offer_saif_for_youssef(client, caseworker, authority):
    make_person(authority, file_number="A1", family_name="Haddad", given_names="Jusuf")
    make_person(authority, file_number="A2", family_name="Haddad", given_names="Saif")

    body = login(client, caseworker).get(reverse("cases:list"), {"q": "Youssef"}).content
    assert "Jusuf" in body.decode() and "Saif" not in body.decode()


def test_the_case_list_finds_abashidze_as_abashidse(client, caseworker, authority):
    make_person(authority, family_name="Abashidse", given_names="Nino", nationality="GEO")
    body = login(client, caseworker).get(reverse("cases:list"), {"q": "abashidze"}).content
    assert "Abashidse" in body.decode()


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
