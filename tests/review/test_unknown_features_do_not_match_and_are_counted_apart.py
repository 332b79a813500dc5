"""Three-valued: a person whose feature is unknown is no match, but counted as "unknown"."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.conftest import AS_OF, constellation, files
from wegweiser.review import constellations as service

IDENTITY_AND_CHAIN = [{"feature": "identity_clarified", "op": "eq", "value": False},
                      {"feature": "toleration_months", "op": "ge", "value": 12}]


@pytest.mark.django_db
def test_unknown_features_make_the_person_unknown_not_a_match(authority, district):
    c = constellation(authority, IDENTITY_AND_CHAIN)
    evaluation = service.evaluate(c, AS_OF)
    # A: both true. K, C: identity unknown; E: chain unknown. B, D: identity known "yes".
    assert files(service.matching_person_ids(c, AS_OF)) == {"KT-A"}
    assert (evaluation.matched, evaluation.unknown, evaluation.not_matched,
            evaluation.total) == (1, 3, 2, 6)
    identity, chain = evaluation.conditions
    assert (identity.matched, identity.unknown) == (2, 2)  # A, E | K, C
    assert (chain.matched, chain.unknown) == (3, 2)  # A, B, C | K, E


@pytest.mark.django_db
def test_a_condition_false_for_sure_outweighs_an_unknown_one(authority, district):
    # D has no Duldung (0 months: false for sure); his identity is known, but even unknown it
    # could not make him a match - a false condition decides.
    c = constellation(authority, [{"feature": "toleration_months", "op": "ge", "value": 12},
                                  {"feature": "lang_oral", "op": "ge", "value": "B1"}])
    evaluation = service.evaluate(c, AS_OF)
    # B: 89 months, B1 -> match. A: A2 -> false. C: no certificate -> unknown. D: false.
    # K, E: chain unknown, no certificate -> unknown.
    assert (evaluation.matched, evaluation.unknown) == (1, 3)


@pytest.mark.django_db
def test_an_age_known_only_to_the_year_is_unknown_near_the_birthday(authority, district):
    c = constellation(authority, [{"feature": "age", "op": "ge", "value": 22}])
    evaluation = service.evaluate(c, AS_OF)
    assert "KT-C" not in files(service.matching_person_ids(c, AS_OF))
    assert evaluation.unknown == 1  # KT-C: born in 2004, 21 or 22 on 25.11.2026


@pytest.mark.django_db
def test_the_page_shows_matches_and_unknown_apart(client, users, authority, district):
    c = constellation(authority, IDENTITY_AND_CHAIN)
    page = login(client, users["head"]).get(
        reverse("review:constellation_detail", args=[c.pk]), {"stichtag": "2026-11-25"})
    text = page.content.decode()
    assert page.status_code == 200
    assert '<strong id="match-count">1</strong>' in text
    assert "1 Treffer, bei 3 unbekannt, 2 passen nicht – von 6 Personen der Behörde." in text
    assert "Amiri" in text and "Ebrahimi" not in text
