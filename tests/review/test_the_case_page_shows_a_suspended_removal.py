"""A pending petition is shown prominently on the case page (a KERN alert at the top) to those
who work the case and could schedule a removal; once the commission has decided, or a removal
was released with four eyes, the page says so instead."""

from datetime import date

from review.hardship_factories import pending_petition
from tests.conftest import login
from wegweiser.review import hardship

SUSPENDED = "Abschiebung ausgesetzt: Härtefallverfahren läuft"


def _page(client, user, person) -> str:
    login(client, user)
    response = client.get(f"/faelle/{person.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_alert_stands_at_the_top_of_the_case_page(client, person, caseworker):
    pending_petition(person, caseworker)

    page = _page(client, caseworker, person)

    assert 'class="kern-alert kern-alert--warning"' in page and SUSPENDED in page
    assert page.index(SUSPENDED) < page.index('id="h-summary"')
    assert "08.10.2026" in page  # the statement's due date


def test_no_alert_once_the_commission_has_decided(client, person, caseworker):
    pending_petition(person, caseworker, commission_outcome="no_ersuchen",
                     commission_decided_on=date(2026, 11, 2))

    page = _page(client, caseworker, person)

    assert SUSPENDED not in page and "kein Härtefallersuchen" in page


def test_a_released_removal_is_shown_as_such(client, person, users):
    petition = pending_petition(person, users["caseworker"])
    approval = hardship.request_removal(users["caseworker"], petition, "Flug gebucht")
    hardship.answer_removal(users["head"], approval, True, "", approval.version)

    page = _page(client, users["caseworker"], person)

    assert SUSPENDED not in page and "trotz laufendem Härtefallverfahren freigegeben" in page
    assert "Flug gebucht" in page


def test_counsellors_do_not_see_hardship_petitions(client, person, users):
    pending_petition(person, users["caseworker"])

    page = _page(client, users["counsellor"], person)

    assert SUSPENDED not in page and "Härtefallverfahren erfassen" not in page
