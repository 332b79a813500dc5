"""A filter value the case list does not understand is named in a notice and ignored; the
filters it understood still apply (before, one bad value dropped every filter silently)."""

from django.urls import reverse

from tests.conftest import login, make_person


def test_a_bad_value_is_named_and_the_good_filters_still_apply(client, caseworker, authority):
    make_person(authority, file_number="A1", family_name="Haddad", nationality="SYR")
    make_person(authority, file_number="A2", family_name="Okafor", nationality="NGA")

    response = login(client, caseworker).get(
        reverse("cases:list"), {"nationality": "NGA", "status": "erfunden"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "„erfunden“ ist kein möglicher Wert für „Aktueller Status“" in page
    assert ">Okafor," in page and ">Haddad," not in page


def test_an_unknown_parameter_is_named(client, caseworker, person):
    page = login(client, caseworker).get(reverse("cases:list"), {"staus": "duldung"}).content

    assert "Unbekannte Angabe in der Adresse, nicht angewandt: „staus“." in page.decode()


def test_the_notice_comes_with_the_results_of_a_filter_request(client, caseworker, person):
    page = login(client, caseworker).get(
        reverse("cases:list"), {"band": "x"}, headers={"HX-Request": "true"}).content.decode()

    assert page.lstrip().startswith('<section id="results"')
    assert "„x“ ist kein möglicher Wert für „Kettenduldung seit“" in page


def test_a_list_without_bad_filters_has_no_notice(client, caseworker, person):
    page = login(client, caseworker).get(
        reverse("cases:list"), {"status": "duldung", "page": "1"}).content.decode()

    assert "nicht verstanden" not in page
