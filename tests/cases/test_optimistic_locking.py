"""Two people edit the same case: the later save is refused, its input kept, nothing lost."""

from django.urls import reverse

from tests.conftest import login
from wegweiser.cases.models import Person


def person_form(person, **changes):
    data = {
        "family_name": person.family_name,
        "given_names": person.given_names,
        "nationality": person.nationality,
        "file_number": person.file_number,
        "birth_date_precision": "day",
        "sex": "x",
        "birth_date": "1990-05-17",
        "identity_clarified": "unknown",
        "passport_held": "unknown",
        "entry_ban_in_force": "unknown",
        "fdgo_declaration": "unknown",
        "deception_finding": "unknown",
        "obstruction_finding": "unknown",
        "version": person.version,
    }
    data.update(changes)
    return data


def test_the_later_of_two_edits_is_refused_and_keeps_its_input(client, users, person):
    first, second = users["caseworker"], users["head"]
    stale = person_form(person, given_names="Muhammad")
    login(client, first).post(reverse("cases:edit", args=[person.pk]), person_form(person, azr_number="111"))
    response = login(client, second).post(reverse("cases:edit", args=[person.pk]), stale)
    assert response.status_code == 409
    body = response.content.decode()
    assert "inzwischen von jemand anderem geändert" in body
    assert 'value="Muhammad"' in body  # the user's input is still in the form
    stored = Person.objects.get(pk=person.pk)
    assert stored.azr_number == "111"  # the first edit survives
    assert stored.given_names == "Mohammed"
    assert stored.version == 2


def test_an_edit_with_the_current_version_is_saved(client, caseworker, person):
    response = login(client, caseworker).post(
        reverse("cases:edit", args=[person.pk]), person_form(person, given_names="Mohamad")
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.given_names == "Mohamad"
    assert person.history.count() == 2  # created + changed, with the user recorded
    assert person.history.first().history_user == caseworker


def test_deleting_a_period_with_a_stale_version_changes_nothing(client, caseworker, person):
    period = person.status_periods.first()
    login(client, caseworker)
    client.post(reverse("cases:record_delete", args=[person.pk, "period", period.pk]), {"version": 7})
    assert person.status_periods.count() == 3
