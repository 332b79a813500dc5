"""Nationality in disguise: a constellation that adds to the nationality only personal attributes
without a legal fact of their own (age, a minor child in the household) is flagged like one on
the nationality alone - on its page, in the lists, in the builder and on its guideline. One
legally relevant circumstance lifts the flag (decision 0018)."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.conftest import constellation
from tests.review.guideline_helpers import approved_guideline
from wegweiser.review.constellation_catalogue import FEATURES, Role
from wegweiser.review.constellations import nationality_warning

NATIONALITY = {"feature": "nationality", "op": "eq", "value": "AFG"}
YOUNG = {"feature": "age", "op": "between", "value": [18, 30]}
CHILD = {"feature": "has_minor_child", "op": "eq", "value": True}
RULES = [
    ([NATIONALITY, YOUNG], True),
    ([NATIONALITY, {"feature": "age", "op": "ge", "value": 18}], True),
    ([NATIONALITY, CHILD], True),
    ([NATIONALITY, YOUNG, CHILD], True),
    ([NATIONALITY, YOUNG, {"feature": "municipality", "op": "eq", "value": 1}], True),
    ([NATIONALITY, YOUNG, {"feature": "asylum_pending", "op": "eq", "value": True}], True),
    # One legally relevant circumstance and the constellation describes a situation.
    ([NATIONALITY, YOUNG, {"feature": "identity_clarified", "op": "eq", "value": False}], False),
    ([NATIONALITY, CHILD, {"feature": "toleration_months", "op": "ge", "value": 60}], False),
    ([NATIONALITY, YOUNG, {"feature": "school_qualification", "op": "eq", "value": True}], False),
    ([NATIONALITY, YOUNG, {"feature": "verdict:p25a", "op": "ge", "value": "may"}], False),
    # Without the nationality, age and children are no sorting by origin.
    ([YOUNG, CHILD], False),
]
# The lists of decision 0018; a new feature of the catalogue needs a decision where it belongs.
PERSONAL = {"age", "has_minor_child"}
GROUP = {"nationality", "municipality", "current_kind", "p104c_holder", "asylum_pending"}


@pytest.mark.parametrize(("conditions", "flagged"), RULES)
def test_the_rule(conditions, flagged):
    assert nationality_warning(conditions) is flagged


def test_the_catalogue_sorts_its_features_as_the_decision_lists_them():
    by_role = {role: {k for k, f in FEATURES.items() if f.role is role} for role in Role}
    assert by_role[Role.PERSONAL] == PERSONAL
    assert by_role[Role.GROUP] == GROUP
    assert "identity_clarified" in by_role[Role.CIRCUMSTANCE]


@pytest.mark.django_db
def test_the_pages_show_the_flag(client, users, authority):
    disguised = constellation(authority, [NATIONALITY, YOUNG], name="Junge Afghanen")
    constellation(authority, [NATIONALITY, YOUNG, {"feature": "stay_years", "op": "ge",
                                                   "value": 4}], name="Junge, seit vier Jahren")
    guideline = approved_guideline(users["head"], "25.5.9", constellations=[disguised.pk])
    login(client, users["head"])
    listing = client.get(reverse("review:constellation_list")).content.decode()
    assert listing.count("Achtung: unterscheidet allein nach der Staatsangehörigkeit") == 1
    page = client.get(reverse("review:constellation_detail", args=[disguised.pk])).content.decode()
    assert "höchstens ergänzt um Alter oder Kinder im Haushalt" in page
    register = client.get(reverse("review:guideline_register")).content.decode()
    assert register.count("Achtung: unterscheidet allein nach der Staatsangehörigkeit") == 1
    detail = client.get(reverse("review:guideline_detail", args=[guideline.pk])).content.decode()
    assert "WD 3 – 3000 – 096/17" in detail


@pytest.mark.django_db
def test_the_builder_warns_while_editing(client, caseworker):
    login(client, caseworker)
    page = client.post(reverse("review:constellation_create"), {
        "name": "x", "version": "0", "rows": "2", "c0-feature": "nationality", "c0-op": "eq",
        "c0-value": "SYR", "c1-feature": "age", "c1-op": "between", "c1-value": "18",
        "c1-value2": "30"}).content.decode()
    assert "höchstens ergänzt um Alter oder Kinder im Haushalt" in page
