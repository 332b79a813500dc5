"""A file number (Aktenzeichen) already used in the authority is refused with a German message
on the form, the input is kept and nothing is saved - also when two saves race."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login, make_person
from wegweiser.audit.models import AuditEntry
from wegweiser.cases import services
from wegweiser.cases.models import Person

MESSAGE = "Das Aktenzeichen „KT-2019-0001“ ist in dieser Behörde schon vergeben."
NEW_PERSON = {"family_name": "Nouri", "given_names": "Samira", "birth_date_precision": "day",
              "sex": "f", "nationality": "AFG", "file_number": "KT-2019-0001"}


def test_creating_a_person_with_a_taken_file_number_shows_the_form_again(
        client, caseworker, person):
    response = login(client, caseworker).post(reverse("cases:create"), NEW_PERSON)

    assert response.status_code == 400
    page = response.content.decode()
    assert MESSAGE in page
    assert 'value="Nouri"' in page  # the input is kept
    assert Person.objects.count() == 1


def test_changing_the_file_number_to_a_taken_one_changes_nothing(client, caseworker, person):
    other = make_person(person.authority, file_number="KT-2020-0002", family_name="Nouri")
    data = {**NEW_PERSON, "version": other.version}

    response = login(client, caseworker).post(reverse("cases:edit", args=[other.pk]), data)

    assert response.status_code == 400
    assert MESSAGE in response.content.decode()
    other.refresh_from_db()
    assert (other.file_number, other.version) == ("KT-2020-0002", 1)


def test_the_same_file_number_in_another_authority_is_fine(client, caseworker, foreign_person):
    data = {**NEW_PERSON, "file_number": foreign_person.file_number}

    response = login(client, caseworker).post(reverse("cases:create"), data)

    assert response.status_code == 302
    assert Person.unscoped.filter(file_number=foreign_person.file_number).count() == 2


@pytest.mark.django_db(transaction=True)
def test_when_two_saves_race_the_loser_gets_the_same_message(caseworker, person, monkeypatch):
    # The other save committed between this save's check and its INSERT.
    monkeypatch.setattr(services, "_file_number_taken", _taken_only_after_the_insert_failed())
    audit_entries = AuditEntry.objects.count()
    twin = Person(authority_id=person.authority_id, family_name="Nouri", nationality="AFG",
                  file_number=person.file_number)

    with pytest.raises(ValidationError) as refused:
        services.save_record(caseworker, twin, None)

    assert MESSAGE in refused.value.message_dict["file_number"][0]
    assert Person.objects.count() == 1
    assert AuditEntry.objects.count() == audit_entries


def _taken_only_after_the_insert_failed():
    calls = []

    def taken(person):
        calls.append(person)
        return len(calls) > 1

    return taken
