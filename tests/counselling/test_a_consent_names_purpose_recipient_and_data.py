"""No blanket consent (DSGVO Art. 6/7): a consent names a concrete purpose, one recipient, the
data categories, the date and the language it was explained in. Bad input is refused in German
and nothing is saved; only a consent to the casework links the case file."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login, make_person
from wegweiser.audit.models import AuditEntry
from wegweiser.counselling.models import Consent

from .records_helpers import make_client, make_partner, yesterday

GOOD = {"recipient": "casework", "file_number": "KT-2019-0001",
        "purpose": "Prüfung des Antrags nach § 25b AufenthG", "categories": ["fact", "topics"],
        "explained_in": "Arabisch"}


def _post(client, counsellor, pk, **changes):
    data = {**GOOD, "given_on": yesterday().strftime("%d.%m.%Y"), **changes}
    login(client, counsellor)
    return client.post(reverse("counselling:consent_add", args=[pk]), data)


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), [
    ({"purpose": "alle Zwecke"}, "eine pauschale Einwilligung gibt es nicht"),
    ({"categories": []}, "Bitte die Daten benennen, die weitergegeben werden dürfen."),
    ({"categories": ["analysis"]}, "ist keine gültige Auswahl"),
    ({"categories": ["topics"]}, "mindestens die Tatsache, das Datum und die Stelle"),
    ({"file_number": "KT-9999"}, "Bitte das Aktenzeichen einer Fallakte dieser Behörde angeben."),
    ({"file_number": "SA-1"}, "Bitte das Aktenzeichen einer Fallakte dieser Behörde angeben."),
    ({"given_on": "01.01.2999"}, "es liegt nicht in der Zukunft"),
    ({"given_on": "31.02.2026"}, "Bitte ein gültiges Datum eingeben."),
    ({"explained_in": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"recipient": "jeder"}, "ist keine gültige Auswahl"),
    ({"recipient": "partner"}, "Bitte die Partnerorganisation wählen, die die Daten erhält."),
    ({"recipient": "other"}, "Bitte die Stelle nennen, die die Daten erhält."),
])
def test_bad_consents_are_refused(client, users, person, foreign_person, changes, message):
    client_row = make_client(users["counsellor"])
    entries = AuditEntry.objects.count()
    response = _post(client, users["counsellor"], client_row.pk, **changes)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Consent.objects.exists()
    assert AuditEntry.objects.count() == entries


@pytest.mark.django_db
def test_a_partner_of_another_authority_is_no_choice(client, users, other_authority):
    theirs = make_partner(other_authority, name="Fremd e. V.")
    response = _post(client, users["counsellor"], make_client(users["counsellor"]).pk,
                     recipient="partner", partner=theirs.pk)
    assert response.status_code == 400 and not Consent.objects.exists()


@pytest.mark.django_db
def test_a_good_consent_links_the_file_and_is_logged_for_the_person(client, users, person):
    row = make_client(users["counsellor"])
    assert _post(client, users["counsellor"], row.pk).status_code == 302
    consent = Consent.objects.get()
    assert consent.person == person and consent.categories == ["fact", "topics"]
    assert consent.recorded_by == users["counsellor"] and consent.given_on == yesterday()
    assert AuditEntry.objects.filter(person_id=person.pk, target=f"Einwilligung {consent.pk}")


@pytest.mark.django_db
def test_one_client_is_linked_to_one_file_at_a_time(client, users, authority, person):
    make_person(authority, file_number="KT-2020-0002", family_name="Zweite")
    row = make_client(users["counsellor"])
    assert _post(client, users["counsellor"], row.pk).status_code == 302
    second = _post(client, users["counsellor"], row.pk, file_number="KT-2020-0002")
    assert second.status_code == 400
    assert "schon mit einer anderen Fallakte verknüpft" in second.content.decode()
    assert Consent.objects.count() == 1 and timezone.localdate()
