"""Marking a run as dispatched records date, channel and address used on every letter."""

from datetime import date

from tests.conftest import login
from tests.letters.helpers import start, world


def test_marking_the_run_dispatched_records_every_letter(client, authority, caseworker):
    from wegweiser.audit.models import AuditEntry
    from wegweiser.letters.models import Letter

    w = world(authority)
    run = start(caseworker, w)
    login(client, caseworker)

    response = client.post(f"/anschreiben/serienbriefe/{run.pk}/versandt/",
                           {"day": "2026-01-05", "channel": "post"})

    assert response.status_code == 302
    for letter in Letter.objects.all():
        assert letter.dispatched_on == date(2026, 1, 5) and letter.dispatch_channel == "post"
        assert letter.dispatch_address == letter.address
    assert AuditEntry.objects.filter(detail__record="mailrun", action="change").exists()


def test_one_letter_is_corrected_through_the_door(client, authority, caseworker):
    from wegweiser.letters.models import Letter

    w = world(authority)
    start(caseworker, w)
    letter = Letter.objects.first()
    login(client, caseworker)

    response = client.post(f"/anschreiben/briefe/{letter.pk}/versand/", {
        "day": "2026-01-06", "channel": "handed", "address": "am Schalter übergeben",
        "version": letter.version})

    assert response.status_code == 302
    letter.refresh_from_db()
    assert (letter.dispatched_on, letter.dispatch_channel) == (date(2026, 1, 6), "handed")
    assert letter.dispatch_address == "am Schalter übergeben" and letter.version == 2
