"""A petition that breaks a rule is refused with a German message beside the field; nothing is
saved - neither the petition nor a follow-up."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tests.conftest import login
from wegweiser.cases.models import FollowUp
from wegweiser.review import hardship
from wegweiser.review.models import HardshipPetition

TOMORROW = timezone.localdate() + timedelta(days=1)


@pytest.mark.parametrize(("fields", "field", "words"), [
    ({"received_by_commission_on": TOMORROW}, "received_by_commission_on", "in der Zukunft"),
    ({"received_by_commission_on": date(2004, 6, 1)}, "received_by_commission_on", "seit dem 01.01.2005"),
    ({"office_informed_on": date(2026, 8, 1)}, "office_informed_on", "vor dem Eingang"),
    ({"statement_due_on": date(2026, 9, 5)}, "statement_due_on", "vor der Unterrichtung"),
    ({"office_informed_on": None}, "office_informed_on", "setzt die Unterrichtung"),
    ({"statement_sent_on": date(2026, 9, 20)}, "statement", "Stellungnahme"),
    ({"commission_outcome": "ersuchen"}, "commission_decided_on", "wann die Kommission"),
    ({"commission_decided_on": date(2026, 11, 1)}, "commission_decided_on", "„offen“"),
    ({"ministry_order_on": date(2026, 11, 20)}, "ministry_order_on", "nur auf ein Härtefallersuchen"),
])
def test_the_one_door_refuses_a_bad_petition(person, caseworker, fields, field, words):
    values = {"received_by_commission_on": date(2026, 9, 1), "office_informed_on":
              date(2026, 9, 10), "statement_due_on": date(2026, 10, 8), **fields}
    petition = HardshipPetition(person=person, authority_id=person.authority_id, **values)

    with pytest.raises(ValidationError) as refused:
        hardship.save_petition(caseworker, petition, None)

    assert any(words in m for m in refused.value.message_dict[field]), refused.value.message_dict
    assert not HardshipPetition.objects.exists() and not FollowUp.objects.exists()


def test_the_form_shows_the_message_and_saves_nothing(client, person, caseworker):
    login(client, caseworker)

    response = client.post(f"/praxis/haertefall/person/{person.pk}/neu/", {
        "received_by_commission_on": "2026-09-01", "office_informed_on": "2026-08-01",
        "commission_outcome": "pending"})

    assert response.status_code == 400
    assert "liegt vor dem Eingang bei der Kommission" in response.content.decode()
    assert not HardshipPetition.objects.exists()


def test_a_good_form_saves_the_petition_and_its_follow_up(client, person, caseworker):
    login(client, caseworker)

    response = client.post(f"/praxis/haertefall/person/{person.pk}/neu/", {
        "received_by_commission_on": "2026-09-01", "office_informed_on": "2026-09-10",
        "statement_due_on": "2026-10-08", "filed_by": "Caritas", "commission_outcome": "pending"})

    petition = HardshipPetition.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{petition.pk}/")
    assert petition.statement_follow_up.due_date == date(2026, 10, 8)
