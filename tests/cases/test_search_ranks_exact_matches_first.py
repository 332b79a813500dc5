"""A person whose name is exactly what was searched for (case and accents aside) comes
before the transliteration variants, whatever the alphabetical order says."""

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login, make_person
from wegweiser.cases.models import Person
from wegweiser.cases.queries import listed_ids

NAMES = ["Abbas", "Husain", "Hussein", "Zaid"]


def listed(client, **params) -> list[str]:
    """The family names on the list page, in the order shown."""
    body = client.get(reverse("cases:list"), params).content.decode()
    return [n for _pos, n in sorted((body.index(f">{n},"), n) for n in NAMES if f">{n}," in body)]


def test_the_exact_spelling_comes_first(client, caseworker, authority):
    for number, name in enumerate(["Abbas", "Husain", "Hussein"]):
        make_person(authority, file_number=f"A{number}", family_name=name, given_names="Ali")
    login(client, caseworker)

    assert listed(client, q="Hussein") == ["Hussein", "Husain"]
    assert listed(client, q="hussein ali") == ["Hussein", "Husain"]
    assert listed(client, q="Husain") == ["Husain", "Hussein"]


def test_a_given_name_counts_as_exact_too(client, caseworker, authority):
    make_person(authority, file_number="A1", family_name="Abbas", given_names="Yusuf")
    make_person(authority, file_number="A2", family_name="Zaid", given_names="Youssef Karim")
    login(client, caseworker)

    assert listed(client, q="youssef") == ["Zaid", "Abbas"]
    assert listed(client, q="YUSUF") == ["Abbas", "Zaid"]


def test_an_exact_file_number_comes_first(client, caseworker, authority):
    make_person(authority, file_number="KT-1234-5", family_name="Abbas")
    make_person(authority, file_number="KT-1234", family_name="Zaid")
    login(client, caseworker)

    assert listed(client, q="kt-1234") == ["Zaid", "Abbas"]


def test_the_chosen_sort_orders_within_exact_and_other_matches(client, caseworker, authority):
    make_person(authority, file_number="B", family_name="Husain", given_names="Ali")
    make_person(authority, file_number="C", family_name="Hussein", given_names="Ali")
    make_person(authority, file_number="A", family_name="Hussein", given_names="Omar")
    login(client, caseworker)

    body = client.get(reverse("cases:list"), {"q": "Hussein", "sort": "file_number"}).content
    cells = [f'<td class="kern-table__cell">{number}<' for number in ("A", "C", "B")]
    positions = [body.decode().index(cell) for cell in cells]
    assert positions == sorted(positions)  # A, C (exact, by number), then B


def test_pages_run_on_from_the_exact_matches_into_the_others(authority):
    for number, name in enumerate(["Husain", "Hussein", "Husain", "Hussein", "Hussein"]):
        make_person(authority, file_number=f"A{number}", family_name=name,
                    given_names=f"Ali {number}")
    ids = listed_ids(Person.objects.all(), {"q": "Hussein", "sort": "file_number"},
                     timezone.localdate())

    pages = [list(page.object_list) for page in map(Paginator(ids, 2).page, (1, 2, 3))]

    numbers = dict(Person.objects.values_list("pk", "file_number"))
    assert [[numbers[pk] for pk in page] for page in pages] == [
        ["A1", "A3"], ["A4", "A0"], ["A2"]]
