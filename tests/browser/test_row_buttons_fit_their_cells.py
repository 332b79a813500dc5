"""Buttons in table rows keep their label inside and stay inside their cell, at the office's
usual screen widths (in the demo "Erledigt" spilled out of a 32 px square)."""

from datetime import date

import pytest

from tests.browser.conftest import sign_in
from tests.conftest import PASSWORD, add_period, make_person, make_user

OVERFLOWING = """() => [...document.querySelectorAll('td .kern-btn')].filter(button => {
  const cell = button.closest('td').getBoundingClientRect();
  const box = button.getBoundingClientRect();
  const spills = button.scrollWidth > button.clientWidth + 1;
  const outside = box.left < cell.left - 1 || box.right > cell.right + 1;
  return spills || outside;
}).map(button => button.textContent.trim())"""
BUTTONS = "() => document.querySelectorAll('td .kern-btn').length"


@pytest.fixture
def world(authority):
    from wegweiser.cases.models import FollowUp, LanguageCertificate

    user = make_user(authority, "caseworker", "sb-buttons")
    person = make_person(authority)
    add_period(person, "duldung", date(2018, 1, 1), None, azr_reason_code="20")
    LanguageCertificate.objects.create(authority=authority, person=person, level="A2",
                                       scope="oral", issued=date(2024, 3, 1))
    for due in (date(2020, 1, 1), date(2099, 1, 1)):
        FollowUp.objects.create(authority=authority, person=person, due_date=due,
                                reason="Sprachzertifikat nachreichen lassen", assignee=user)
    return user, person


@pytest.mark.parametrize("width", [1280, 1920])
def test_row_buttons_fit_their_cells(page, world, width):
    user, person = world
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, user.username, PASSWORD)
    for path in (f"/faelle/{person.pk}/", "/faelle/wiedervorlagen/", f"/pruefung/person/{person.pk}/"):
        page.goto(path)
        assert page.evaluate(BUTTONS) > 0, path
        assert page.evaluate(OVERFLOWING) == [], (path, width)
