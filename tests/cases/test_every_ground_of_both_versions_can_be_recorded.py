"""The case form offers every ground of a rejection as "offensichtlich unbegründet" of both
numberings of § 30 AsylG (a.F. for decisions up to 27.02.2024, n.F. after) and § 29a AsylG,
and the screening reads each recorded ground as § 10 Abs. 3 Satz 2 AufenthG does."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from wegweiser.cases.forms import AsylumForm
from wegweiser.cases.models import AsylumProcedure
from wegweiser.law.engine.features import compute_features
from wegweiser.law.statute.asylum import GROUNDS
from wegweiser.screening.facts import case_facts

OLD = {"decision_date": "2019-05-10", "final_date": "2019-06-01"}
NEW = {"decision_date": "2025-06-03", "final_date": "2025-06-20"}


def _post(client, person, grounds, dates):
    data = {"application_date": "2018-06-01", "outcome": "rejected_manifestly_unfounded",
            "withdrawal_date": "", "evidence": "Bescheid BAMF", **dates,
            "manifestly_unfounded_ground": grounds}
    return client.post(reverse("cases:asylum_edit", args=[person.pk]), data)


def _s2(person):
    return compute_features(case_facts(person, date(2026, 1, 1)), date(2026, 1, 1))["asylum_s2"]


def test_the_form_offers_all_21_grounds():
    offered = [code for code, _label in AsylumForm().fields["manifestly_unfounded_ground"].choices]
    assert offered == [ground.code for ground in GROUNDS]
    assert len(offered) == 21
    for code in ("§ 30 Abs. 1 AsylG a.F.", "§ 30 Abs. 2 AsylG a.F.",
                 "§ 30 Abs. 3 Nr. 7 AsylG a.F.", "§ 30 Abs. 4 AsylG a.F.", "§ 30 Abs. 5 AsylG a.F."):
        assert code in offered


@pytest.mark.parametrize(("ground", "dates", "bars"), [
    ("§ 30 Abs. 1 AsylG a.F.", OLD, False),
    ("§ 30 Abs. 2 AsylG a.F.", OLD, False),
    ("§ 30 Abs. 3 Nr. 6 AsylG a.F.", OLD, True),
    ("§ 30 Abs. 3 Nr. 7 AsylG a.F.", OLD, False),
    ("§ 30 Abs. 4 AsylG a.F.", OLD, False),
    ("§ 30 Abs. 5 AsylG a.F.", OLD, False),
    ("§ 30 Abs. 1 Nr. 8 AsylG", NEW, False),
    ("§ 30 Abs. 1 Nr. 7 AsylG", NEW, True),
])
def test_a_ground_is_stored_and_read_for_a_decision_of_its_version(
        client, caseworker, person, ground, dates, bars):
    response = _post(login(client, caseworker), person, [ground], dates)

    assert response.status_code == 302
    assert AsylumProcedure.objects.get(person=person).manifestly_unfounded_ground == ground
    assert _s2(person) is bars


@pytest.mark.parametrize("ground", ["§ 30 Abs. 1 AsylG a.F.", "§ 30 Abs. 4 AsylG a.F.",
                                    "§ 30 Abs. 3 Nr. 7 AsylG a.F."])
def test_an_old_ground_is_refused_for_a_decision_after_27_february_2024(
        client, caseworker, person, ground):
    response = _post(login(client, caseworker), person, [ground], NEW)

    assert response.status_code == 200
    assert "gelten nur für Entscheidungen bis 27.02.2024" in response.content.decode()
    assert not AsylumProcedure.objects.filter(person=person).exists()


def test_old_and_new_grounds_are_not_mixed(client, caseworker, person):
    response = _post(login(client, caseworker), person,
                     ["§ 30 Abs. 5 AsylG a.F.", "§ 30 Abs. 1 Nr. 1 AsylG"], OLD)

    assert response.status_code == 200
    assert "nicht alte (a.F.) und neue Nummerierung" in response.content.decode()
    assert not AsylumProcedure.objects.filter(person=person).exists()
