"""Persons without a valid address are listed on the run's page, not skipped silently."""

from tests.conftest import login
from tests.letters.helpers import start, world


def test_the_run_page_lists_persons_without_address(client, authority, caseworker):
    from wegweiser.letters.models import PostalAddress

    w = world(authority)
    # An incomplete address counts as none.
    PostalAddress.objects.filter(person=w["people"]["demir"]).update(postcode="408")
    run = start(caseworker, w)
    login(client, caseworker)

    page = client.get(f"/anschreiben/serienbriefe/{run.pk}/").content.decode()

    assert "Ohne gültige Anschrift" in page
    assert "Ayse Kaya" in page and "Deniz Demir" in page
    assert "Personen ohne gültige Anschrift" in page
