"""The case page starts with a summary - status and Duldung chain, one line per pathway with
result and date from the latest completed run, the next deadline, the open follow-ups - and
an in-page navigation to its sections; a role sees in it only what it may see."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import add_period, login, make_person
from tests.screening.conftest import AS_OF, well_integrated
from tests.screening.helpers import run_directly


def page(client, user, person) -> str:
    response = login(client, user).get(reverse("cases:detail", args=[person.pk]))
    assert response.status_code == 200
    return response.content.decode()


def summary(body: str) -> str:
    return body[body.index('id="h-summary"'):body.index('id="h-timeline"')]


def test_it_shows_status_chain_and_one_line_per_pathway(client, caseworker, authority):
    from wegweiser.screening.models import ScreeningResult

    person = well_integrated(authority)
    run = run_directly(authority, AS_OF)
    top = summary(page(client, caseworker, person))
    assert "Duldung (§ 60a) seit 01.01.2017, ohne eingetragenes Ende" in top
    assert re.search(r"seit 01\.01\.2017 \(\d+ Jahre(, \d+ Monate?)?\)", top)
    stored = ScreeningResult.objects.filter(run=run, person=person)
    assert top.count('<th class="kern-table__header" scope="row">') == stored.count() > 5
    assert "§ 25b Abs. 1 AufenthG" in top and "Stichtag 25.11.2026" in top
    assert reverse("screening:explain", args=[person.pk]) in top


def test_without_a_run_it_says_so_and_links_the_explanation(client, caseworker, person):
    top = summary(page(client, caseworker, person))
    assert "Noch kein Prüflauf abgeschlossen." in top
    assert reverse("screening:explain", args=[person.pk]) in top


def test_a_person_added_after_the_run_is_named_as_not_screened(client, caseworker, authority):
    run_directly(authority, AS_OF)
    newcomer = make_person(authority, file_number="KT-NEU-1")
    assert "noch nicht enthalten" in summary(page(client, caseworker, newcomer))


def test_the_next_deadline_and_the_open_follow_ups(client, caseworker, authority):
    from wegweiser.cases.models import FollowUp

    today = timezone.localdate()
    person = make_person(authority, file_number="KT-FR-1")
    add_period(person, "duldung", date(2019, 1, 1), today + timedelta(days=40))
    for days, reason, done in [(-2, "Pass nachfordern", False), (5, "Termin", False),
                               (-9, "Erledigt schon", True)]:
        FollowUp.objects.create(authority=authority, person=person, assignee=caseworker,
                                due_date=today + timedelta(days=days), reason=reason, done=done)
    top = summary(page(client, caseworker, person))
    end = (today + timedelta(days=40)).strftime("%d.%m.%Y")
    assert f"{end} – Duldung (§ 60a) endet" in top
    assert "Pass nachfordern – <span class=\"overdue\">überfällig" in top and "Termin" in top
    assert "Erledigt schon" not in top


def test_every_link_of_the_in_page_navigation_has_its_target(client, caseworker, person):
    body = page(client, caseworker, person)
    nav = re.search(r'<nav aria-label="Abschnitte der Akte".*?</nav>', body, re.S).group(0)
    targets = re.findall(r'href="#([\w-]+)"', nav)
    assert len(targets) >= 8
    assert all(f'id="{target}"' in body for target in targets)
    assert body.index("Abschnitte der Akte") < body.index('id="h-summary"') < body.index(
        'id="h-timeline"')


@pytest.mark.parametrize("role, sees_exceptions", [("caseworker", True), ("counsellor", False)])
def test_open_regular_requirements_show_only_to_roles_with_criminal_records(
        client, users, authority, role, sees_exceptions):
    from wegweiser.cases.models import Assessment

    person = well_integrated(authority)
    Assessment.objects.filter(person=person).update(expulsion_interest=True)
    run_directly(authority, AS_OF)
    top = summary(page(client, users[role], person))
    assert ("Regelvoraussetzung" in top) is sees_exceptions
    # § 25b with an expulsion interest (§ 5 Abs. 1 Nr. 2, Abs. 3 Satz 2): "kann" for the
    # caseworker; the counsellor's result is computed without the record, so it stays open.
    assert ("Ermessen eröffnet (Kann)" if sees_exceptions else "Offen – Angaben fehlen") in top
