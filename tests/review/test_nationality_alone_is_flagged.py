"""A constellation (or a guideline through its constellations) that sorts people by nationality
alone is flagged with a warning naming the risk, on its page and in the lists."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.conftest import constellation
from tests.review.guideline_helpers import approved_guideline
from wegweiser.review.constellations import nationality_warning

NATIONALITY = {"feature": "nationality", "op": "eq", "value": "AFG"}
RULES = [
    ([NATIONALITY], True),
    ([{**NATIONALITY, "op": "ne"}], True),
    ([{"feature": "nationality", "op": "unknown"}], True),
    # The Landratsamt's Merkblatt (WD 3 - 3000 - 096/17): asylum seekers by country group.
    ([NATIONALITY, {"feature": "current_kind", "op": "eq", "value": "gestattung"}], True),
    ([NATIONALITY, {"feature": "asylum_pending", "op": "eq", "value": True}], True),
    ([NATIONALITY, {"feature": "municipality", "op": "eq", "value": 1}], True),
    ([NATIONALITY, {"feature": "identity_clarified", "op": "eq", "value": False}], False),
    ([NATIONALITY, {"feature": "verdict:p25b", "op": "ge", "value": "may"}], False),
    ([{"feature": "current_kind", "op": "eq", "value": "duldung"}], False),
    ([{"feature": "toleration_months", "op": "ge", "value": 60}], False),
]
WARNING_PARTS = ("allein nach der Staatsangehörigkeit", "Einzelfalls", "Art. 3 GG",
                 "WD 3 – 3000 – 096/17")


@pytest.mark.parametrize(("conditions", "flagged"), RULES)
def test_the_rule(conditions, flagged):
    assert nationality_warning(conditions) is flagged


@pytest.mark.django_db
def test_the_constellation_pages_warn(client, users, authority):
    flagged = constellation(authority, [NATIONALITY], name="Afghanistan")
    fine = constellation(authority, [NATIONALITY, {"feature": "stay_years", "op": "ge",
                                                   "value": 6}],
                         name="Seit sechs Jahren hier, aus Afghanistan")
    login(client, users["head"])
    listing = client.get(reverse("review:constellation_list")).content.decode()
    assert listing.count("Achtung: unterscheidet allein nach der Staatsangehörigkeit") == 1
    page = client.get(reverse("review:constellation_detail", args=[flagged.pk])).content.decode()
    assert all(part in page for part in WARNING_PARTS)
    other = client.get(reverse("review:constellation_detail", args=[fine.pk])).content.decode()
    assert "WD 3 – 3000 – 096/17" not in other


@pytest.mark.django_db
def test_the_builder_warns_while_editing(client, caseworker):
    login(client, caseworker)
    page = client.post(reverse("review:constellation_create"), {
        "name": "x", "version": "0", "rows": "1", "c0-feature": "nationality", "c0-op": "eq",
        "c0-value": "SYR"}).content.decode()
    assert all(part in page for part in WARNING_PARTS)


@pytest.mark.django_db
def test_a_guideline_for_such_a_constellation_is_flagged(client, users, authority):
    flagged = constellation(authority, [NATIONALITY], name="Afghanistan")
    guideline = approved_guideline(users["head"], "25.5.9", constellations=[flagged.pk])
    approved_guideline(users["head"], "25.5.10")
    login(client, users["counsellor"])
    register = client.get(reverse("review:guideline_register")).content.decode()
    assert register.count("Achtung: unterscheidet allein nach der Staatsangehörigkeit") == 1
    page = client.get(reverse("review:guideline_detail", args=[guideline.pk])).content.decode()
    assert all(part in page for part in WARNING_PARTS)
