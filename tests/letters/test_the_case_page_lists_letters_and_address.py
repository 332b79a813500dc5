"""The case page shows the person's letters and address; the address is edited through the door."""

from tests.conftest import login
from tests.letters.helpers import start, world


def test_every_member_sees_the_household_letter_in_the_case_file(client, authority, caseworker):
    w = world(authority)
    start(caseworker, w)
    login(client, caseworker)

    page = client.get(f"/faelle/{w['people']['child'].pk}/").content.decode()

    assert "Schreiben und Anschrift" in page
    assert "Sie können vielleicht in Deutschland bleiben" in page
    assert "Lindenweg 7" in page


def test_the_counsellor_does_not_see_letters(client, authority, users):
    w = world(authority)
    start(users["caseworker"], w)
    login(client, users["counsellor"])
    page = client.get(f"/faelle/{w['people']['child'].pk}/").content.decode()
    assert "Schreiben und Anschrift" not in page


def test_the_address_is_saved_and_audited(client, authority, caseworker, person):
    from wegweiser.audit.models import AuditEntry
    from wegweiser.letters.models import PostalAddress

    login(client, caseworker)
    response = client.post(f"/anschreiben/anschrift/{person.pk}/", {
        "street": "Neue Str. 5", "postcode": "40822", "city": "Mettmann", "language": "ar"})

    assert response.status_code == 302
    address = PostalAddress.objects.get(person=person)
    assert address.valid and address.language == "ar"
    assert AuditEntry.objects.filter(person_id=person.pk, detail__record="postaladdress").exists()
