"""The decision-practice figures and the consistency alerts for one constellation: only the
decisions of persons the constellation matches (review.constellations, the engine's features)."""

from datetime import date

from django.urls import reverse

from tests.conftest import login
from tests.review.conftest import constellation
from tests.review.practice_helpers import SIMILAR, decide

IDENTITY_KNOWN = [{"feature": "identity_clarified", "op": "eq", "value": True}]


def test_the_figures_count_only_the_constellations_persons(client, users, authority, district):
    for key in ("A", "B", "D", "E"):  # identity clarified: B and D
        decide(district[key], date(2025, 3, 1), "granted" if key in "BD" else "refused")
    chosen = constellation(authority, IDENTITY_KNOWN)
    login(client, users["head"])
    page = client.get(reverse("review:practice"), {"start": "2025-01-01",
                                                   "constellation": str(chosen.pk)})
    text = page.content.decode()
    assert "<li>2 Entscheidungen" in text
    assert "Erteilungsquote 100,0 %" in text


def test_alerts_compare_only_within_the_constellation(client, users, authority, district):
    refused = decide(district["B"], date(2025, 3, 1), "refused", verdict="may",
                     similarity=SIMILAR)
    decide(district["A"], date(2024, 6, 1), "granted", verdict="may", similarity=SIMILAR)
    chosen = constellation(authority, IDENTITY_KNOWN)
    login(client, users["head"])
    url = reverse("review:practice_alerts")
    everyone = client.get(url, {"start": "2025-01-01"}).content.decode()
    assert refused.person.file_number in everyone  # A's grant is similar
    within = client.get(url, {"start": "2025-01-01", "constellation": str(chosen.pk)})
    assert refused.person.file_number not in within.content.decode()  # A is not in it
