"""A guideline's page counts the cases it covers (through its constellations) and the
decisions made under it, and whether they follow it; names only for those who work cases."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.conftest import constellation
from tests.review.guideline_helpers import approved_guideline
from wegweiser.review import guidelines as service


def _decide(person, version, follows, kind="", decided_on=date(2026, 5, 1)):
    from wegweiser.cases.models import Application, Decision

    application = Application.objects.create(
        authority_id=person.authority_id, person=person, received_on=date(2026, 2, 1),
        subject="residence_permit", pathway_id="p25_5", channel="post", status="decided")
    return Decision.objects.create(
        authority_id=person.authority_id, application=application, person=person,
        decided_on=decided_on, outcome="granted" if follows else "refused", pathway_id="p25_5",
        guideline_version=version, follows_guideline=follows, departure_kind=kind)


@pytest.fixture
def decided(users, authority, district):
    unclear = constellation(authority, [
        {"feature": "identity_clarified", "op": "eq", "value": False}], name="ungeklärt")
    young = constellation(authority, [{"feature": "age", "op": "le", "value": 24}], name="jung")
    guideline = approved_guideline(users["head"], "25.5.1", constellations=[unclear.pk, young.pk])
    version = guideline.versions.get()
    _decide(district["A"], version, True)
    _decide(district["B"], version, True)
    _decide(district["C"], version, False, "atypical")
    _decide(district["D"], version, False, "new_facts")
    _decide(district["E"], version, False, "atypical")
    _decide(district["K"], version, None)
    approved_guideline(users["head"], "25.5.2")  # decisions under another guideline: not counted
    return guideline


@pytest.mark.django_db
def test_the_counts_of_decisions(decided):
    counts = service.decision_counts(decided)
    assert (counts["total"], counts["follows"], counts["departs"], counts["open"]) == (6, 2, 3, 1)
    assert counts["by_kind"] == [("atypischer Fall", 2), ("neue Tatsachen", 1)]


@pytest.mark.django_db
def test_the_page_for_the_head(client, users, decided):
    page = login(client, users["head"]).get(reverse("review:guideline_detail", args=[decided.pk]))
    text = page.content.decode()
    # ungeklärt: A, E; jung (<= 24): A, K, C -> together A, C, E, K
    assert '<strong id="covered-count">4</strong>' in text
    assert 'id="decisions-total">6<' in text and 'id="decisions-follow">2<' in text
    assert 'id="decisions-depart">3<' in text and "atypischer Fall" in text
    assert "KT-A" in text and "KT-E" in text  # the decisions, with file numbers


@pytest.mark.django_db
def test_controlling_sees_the_counts_but_no_cases(client, users, decided):
    page = login(client, users["controlling"]).get(
        reverse("review:guideline_detail", args=[decided.pk]))
    text = page.content.decode()
    assert 'id="decisions-total">6<' in text and '<strong id="covered-count">4</strong>' in text
    assert "KT-A" not in text and "Amiri" not in text
    assert reverse("review:constellation_list") not in text
