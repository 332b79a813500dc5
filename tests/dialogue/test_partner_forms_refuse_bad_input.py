"""Partner and contact forms refuse bad input with a German message and save nothing; a good
organisation is saved and logged, a contact can be deleted for good."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.counselling.records_helpers import make_partner
from wegweiser.audit.models import AuditEntry
from wegweiser.dialogue.models import Contact, Organisation

GOOD = {"kind": "migrant_organisation", "name": "Afghanischer Kulturverein",
        "topics": "Familie, Sprache", "languages": "Dari, Paschtu"}


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"name": " "}, "Dieses Feld ist zwingend erforderlich."),
    ({"kind": "verein"}, "ist keine gültige Auswahl"),
    ({"kind": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"email": "keine-adresse"}, "gültige E-Mail-Adresse"),
    ({"website": "nicht da"}, "gültige Adresse"),
])
def test_a_bad_organisation_is_refused(client, users, changes, message):
    before = AuditEntry.objects.count()
    response = login(client, users["counsellor"]).post(reverse("dialogue:partner_create"),
                                                       {**GOOD, **changes})
    assert response.status_code == 400 and message in response.content.decode()
    assert not Organisation.objects.exists() and AuditEntry.objects.count() == before


@pytest.mark.django_db
def test_a_good_organisation_is_saved_and_logged(client, users):
    response = login(client, users["head"]).post(reverse("dialogue:partner_create"), GOOD)
    organisation = Organisation.objects.get()
    assert response.status_code == 302 and organisation.language_list == ["Dari", "Paschtu"]
    assert AuditEntry.objects.filter(target=f"Partnerorganisation {organisation.pk}").exists()


@pytest.mark.django_db
def test_a_stale_edit_is_refused(client, users, authority):
    organisation = make_partner(authority)
    Organisation.objects.filter(pk=organisation.pk).update(version=3)
    response = login(client, users["head"]).post(
        reverse("dialogue:partner_edit", args=[organisation.pk]),
        {**GOOD, "version": 1})
    assert response.status_code == 400 and "inzwischen von jemand anderem" in \
        response.content.decode()
    assert Organisation.objects.get().name == "Caritas Migrationsberatung"


@pytest.mark.django_db
@pytest.mark.parametrize(("data", "message"), [
    ({"name": "Frau X"}, "Bitte eine E-Mail-Adresse oder eine Telefonnummer angeben."),
    ({"name": "", "phone": "0211 1"}, "Dieses Feld ist zwingend erforderlich."),
    ({"name": "Frau X", "email": "x@"}, "gültige E-Mail-Adresse"),
])
def test_a_bad_contact_is_refused(client, users, authority, data, message):
    organisation = make_partner(authority)
    response = login(client, users["counsellor"]).post(
        reverse("dialogue:contact_add", args=[organisation.pk]), data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not Contact.objects.exists()


@pytest.mark.django_db
def test_a_contact_is_added_and_deleted_for_good(client, users, authority):
    organisation = make_partner(authority)
    login(client, users["counsellor"])
    client.post(reverse("dialogue:contact_add", args=[organisation.pk]),
                {"name": "Herr Kontakt", "role": "Leitung", "phone": "02104 1234"})
    contact = Contact.objects.get()
    client.post(reverse("dialogue:contact_delete", args=[contact.pk]), {"version": 99})
    assert Contact.objects.exists()  # a stale delete changes nothing
    client.post(reverse("dialogue:contact_delete", args=[contact.pk]),
                {"version": contact.version})
    assert not Contact.objects.exists()
    assert "Herr Kontakt" not in str(list(AuditEntry.objects.values("target", "detail")))
