"""The law's texts (criteria, pathway names, verdicts, reasons, thresholds) follow the language
switch; without it they stay German."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.conftest import login
from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly
from tests.web.test_english_is_switchable import switch_to_english


@pytest.fixture(autouse=True)
def _german_afterwards():
    # The middleware activates the chosen language for the test thread; leave German behind.
    yield
    translation.deactivate()


def explanation(client, person) -> str:
    url = reverse("screening:explain", args=[person.pk])
    return client.get(url, {"as_of": AS_OF.isoformat()}).content.decode()


@pytest.mark.django_db
def test_the_explanation_shows_english_criteria_verdicts_and_reasons(client, caseworker, integrated):
    login(client, caseworker)
    switch_to_english(client)
    page = explanation(client, integrated)
    assert "§ 25b Abs. 1 AufenthG – Sustainable integration" in page
    assert "To be granted as a rule (“should”)" in page
    assert "Sufficient oral knowledge of German (A2)" in page  # criterion text
    assert "Met: Sufficient oral knowledge of German (A2)" in page  # composed reason
    assert "No employment ban under § 60a Abs. 6" in page  # blocker, citation unchanged
    assert "§ 25b, version from 31.12.2022 (6 / 4 years, § 104c holders)" in page
    for german in ("Nachhaltige Integration", "In der Regel zu erteilen", "Erfüllt:",
                   "Hinreichende mündliche Deutschkenntnisse", "i.d.F. ab"):
        assert german not in page


@pytest.mark.django_db
def test_open_criteria_and_dated_reasons_are_english(client, caseworker, sparse):
    login(client, caseworker)
    switch_to_english(client)
    page = explanation(client, sparse)
    assert "Open – information missing" in page
    assert "Open (information missing): Identity and nationality established" in page
    assert "Offen (Angaben fehlen)" not in page and "Angaben fehlen" not in page


@pytest.mark.django_db
def test_the_worklist_and_the_summary_show_english_verdict_labels(
        client, caseworker, users, authority, integrated):
    run_directly(authority, AS_OF)
    login(client, caseworker)
    switch_to_english(client)
    worklist = client.get(reverse("screening:worklist")).content.decode()
    assert "To be granted as a rule (“should”)" in worklist
    assert "In der Regel zu erteilen" not in worklist
    login(client, users["controlling"])
    switch_to_english(client)
    summary = client.get(reverse("screening:summary")).content.decode()
    assert "Entitlement (mandatory decision)" in summary and "Closed to new grants" in summary
    assert "Anspruch (gebundene Entscheidung)" not in summary


@pytest.mark.django_db
def test_the_rule_catalogue_shows_english_texts_and_unchanged_citations(client, users):
    login(client, users["controlling"])
    switch_to_english(client)
    page = client.get(reverse("screening:catalogue")).content.decode()
    assert "§ 25b Abs. 1 AufenthG – Sustainable integration" in page
    assert "§ 60d AufenthG – Beschäftigungsduldung" in page  # legal term stays German
    assert "Holding a Duldung for at least 3 months (excluding periods under § 60b)" in page
    assert "§ 25b Abs. 1 Satz 2 Nr. 1: prior residence (years)" in page  # threshold label
    assert "§ 16g, version from 01.03.2024" in page
    assert "General grounds for exclusion" in page
    assert "Voraufenthalt" not in page and "Nachhaltige Integration" not in page


@pytest.mark.django_db
def test_german_stays_the_default(client, caseworker, integrated, sparse):
    login(client, caseworker)
    page = explanation(client, integrated)
    assert "§ 25b Abs. 1 AufenthG – Nachhaltige Integration" in page
    assert "Erfüllt: Hinreichende mündliche Deutschkenntnisse (A2)" in page
    assert "Sustainable integration" not in page
    assert "Offen (Angaben fehlen): Identität und Staatsangehörigkeit geklärt" in explanation(
        client, sparse)
