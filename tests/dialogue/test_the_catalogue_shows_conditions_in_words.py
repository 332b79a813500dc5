"""A published constellation's page in the shared catalogue shows its conditions in the words of
the review app's constellation pages (and the origin's town by name), not raw feature keys -
also to another authority that reads the catalogue."""

import pytest

from tests.conftest import login, make_user
from wegweiser.accounts.models import Municipality
from wegweiser.dialogue import catalogue
from wegweiser.review import constellations


@pytest.mark.django_db
def test_another_office_reads_the_conditions_in_german_words(client, users, authority,
                                                             other_authority):
    town = Municipality.objects.get(authority=authority, name="Teststadt")
    constellation = constellations.save_constellation(
        users["caseworker"], None, name="Junge Erwachsene in Teststadt", description="",
        conditions=[{"feature": "age", "op": "between", "value": [21, 26]},
                    {"feature": "municipality", "op": "eq", "value": town.pk}])
    entry = catalogue.publish_constellation(users["head"], constellation)
    expected = [constellations.describe(c, authority.pk) for c in constellation.conditions]

    login(client, make_user(other_authority, "head"))
    page = client.get(f"/dialog/katalog/{entry.pk}/").content.decode()

    assert expected[0] == "Alter zwischen 21 und 26 Jahre"
    assert "Teststadt" in expected[1]
    for text in expected:
        assert f"<li>{text}</li>" in page
    assert "municipality" not in page and "between" not in page
