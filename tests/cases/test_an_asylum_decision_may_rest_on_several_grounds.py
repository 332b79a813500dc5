"""A rejection as "offensichtlich unbegründet" may cite several grounds (§ 29a and § 30 AsylG);
the form keeps them all, the screening reads them all, and grounds the law cannot read for the
date of the decision are refused with a German message."""

from datetime import date

from django.urls import reverse

from tests.conftest import login
from wegweiser.cases.models import AsylumProcedure
from wegweiser.law.engine.features import compute_features
from wegweiser.screening.facts import case_facts

SAFE_COUNTRY, OLD_NR5 = "§ 29a AsylG", "§ 30 Abs. 3 Nr. 5 AsylG a.F."
DECISION = {"application_date": "2023-06-01", "decision_date": "2024-02-01",
            "outcome": "rejected_manifestly_unfounded", "final_date": "2024-02-20",
            "withdrawal_date": "", "evidence": "Bescheid BAMF"}


def _post(client, person, grounds, **changes):
    data = {**DECISION, **changes, "manifestly_unfounded_ground": grounds}
    return client.post(reverse("cases:asylum_edit", args=[person.pk]), data)


def test_two_grounds_are_kept_shown_and_read_by_the_screening(client, caseworker, person):
    response = _post(login(client, caseworker), person, [SAFE_COUNTRY, OLD_NR5])

    assert response.status_code == 302
    stored = AsylumProcedure.objects.get(person=person).manifestly_unfounded_ground
    assert stored == f"{SAFE_COUNTRY}, {OLD_NR5}"
    form = client.get(reverse("cases:asylum_edit", args=[person.pk])).content.decode()
    assert form.count("checked") == 2
    page = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert f"{SAFE_COUNTRY}, {OLD_NR5}" in page
    features = compute_features(case_facts(person, date(2026, 1, 1)), date(2026, 1, 1))
    assert features["asylum_s2"] is True  # § 10 Abs. 3 Satz 2 applies through § 30 Abs. 3 Nr. 5


def test_safe_country_of_origin_alone_does_not_bar(client, caseworker, person):
    _post(login(client, caseworker), person, [SAFE_COUNTRY])

    features = compute_features(case_facts(person, date(2026, 1, 1)), date(2026, 1, 1))
    assert features["asylum_s2"] is False


def test_an_unknown_ground_is_refused(client, caseworker, person):
    response = _post(login(client, caseworker), person, [SAFE_COUNTRY, "§ 99 AsylG"])

    assert response.status_code == 200
    assert "keine gültige Auswahl" in response.content.decode()
    assert not AsylumProcedure.objects.filter(person=person).exists()


def test_old_numbering_is_refused_for_a_decision_after_27_february_2024(
        client, caseworker, person):
    response = _post(login(client, caseworker), person, [OLD_NR5], decision_date="2024-03-01",
                     final_date="2024-03-20")

    assert response.status_code == 200
    assert "gelten nur für Entscheidungen bis 27.02.2024" in response.content.decode()
    assert not AsylumProcedure.objects.filter(person=person).exists()


def test_new_numbering_is_refused_for_a_decision_up_to_27_february_2024(
        client, caseworker, person):
    response = _post(login(client, caseworker), person, ["§ 30 Abs. 1 Nr. 3 AsylG"],
                     decision_date="2024-02-27")

    assert response.status_code == 200
    assert "gilt die alte Nummerierung" in response.content.decode()
