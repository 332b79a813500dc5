"""Bad input on every form of letters/: a German message, nothing saved, no 500."""

import pytest

from tests.conftest import login
from tests.letters.helpers import start, world


def test_a_mail_run_needs_a_finished_screening_run_and_a_group(client, authority, caseworker):
    from wegweiser.letters.models import MailRun

    w = world(authority)
    w["run"].status = "evaluating"
    w["run"].save()
    login(client, caseworker)

    page = client.post("/anschreiben/serienbriefe/neu/", {
        "screening_run": w["run"].pk, "group": "alle", "desk": w["desk"].pk})

    assert page.status_code == 400
    assert "Auswahl" in page.content.decode() or "gültige" in page.content.decode()
    assert MailRun.objects.count() == 0


def test_a_constellation_group_needs_a_constellation(client, authority, caseworker):
    from wegweiser.letters.models import MailRun

    w = world(authority)
    login(client, caseworker)
    page = client.post("/anschreiben/serienbriefe/neu/", {
        "screening_run": w["run"].pk, "group": "constellation", "desk": w["desk"].pk})
    assert page.status_code == 400
    assert "Bitte eine Fallkonstellation wählen." in page.content.decode()
    assert MailRun.objects.count() == 0


def test_the_door_refuses_an_unfinished_run_and_a_missing_desk(authority, caseworker):
    from django.core.exceptions import ValidationError

    from wegweiser.letters.mailruns import create_run

    w = world(authority)
    w["run"].status = "evaluating"
    with pytest.raises(ValidationError) as error:
        create_run(caseworker, screening_run=w["run"], group="met_now", desk=None)
    assert error.value.message_dict["screening_run"] == ["Der Prüflauf ist nicht abgeschlossen."]
    assert "desk" in error.value.message_dict


@pytest.mark.parametrize("data, message", [
    ({"subject": "", "body": "Text"}, "Dieses Feld ist zwingend erforderlich."),
    ({"subject": "Betreff {{ name", "body": "Text"}, "nicht ausgeglichen"),
    ({"subject": "Betreff", "body": "{{ geheim }}"}, "gibt es nicht"),
])
def test_the_template_form_refuses_bad_text(client, authority, users, data, message):
    from wegweiser.letters.wording import default_template

    template = default_template(authority.pk)
    login(client, users["head"])
    page = client.post(f"/anschreiben/vorlagen/{template.pk}/bearbeiten/",
                       {**data, "version": template.version})
    assert page.status_code == 400 and message in page.content.decode()
    assert template.versions.count() == 1


@pytest.mark.parametrize("data, message", [
    ({"day": "", "channel": "post", "address": "x"}, "Dieses Feld ist zwingend erforderlich."),
    ({"day": "2999-01-01", "channel": "post", "address": "x"}, "nicht in der Zukunft"),
    ({"day": "2026-01-01", "channel": "taube", "address": "x"}, "gültige Auswahl"),
    ({"day": "2026-01-01", "channel": "post", "address": "  "}, "zwingend erforderlich"),
])
def test_the_dispatch_form_refuses_bad_input(client, authority, caseworker, data, message):
    from wegweiser.letters.models import Letter

    w = world(authority)
    start(caseworker, w)
    letter = Letter.objects.first()
    login(client, caseworker)
    page = client.post(f"/anschreiben/briefe/{letter.pk}/versand/",
                       {**data, "version": letter.version})
    assert page.status_code == 400 and message in page.content.decode()
    assert Letter.objects.get(pk=letter.pk).dispatched_on is None


def test_the_run_dispatch_refuses_a_future_day(client, authority, caseworker):
    from wegweiser.letters.models import Letter

    w = world(authority)
    run = start(caseworker, w)
    login(client, caseworker)
    page = client.post(f"/anschreiben/serienbriefe/{run.pk}/versandt/",
                       {"day": "2999-01-01", "channel": "post"})
    assert page.status_code == 400 and "nicht in der Zukunft" in page.content.decode()
    assert not Letter.objects.filter(dispatched_on__isnull=False).exists()


@pytest.mark.parametrize("data, message", [
    ({"street": "Weg 1", "postcode": "12", "city": "Ort"}, "fünf Ziffern"),
    ({"street": "Weg 1", "postcode": "", "city": ""}, "Straße, Postleitzahl und Ort"),
    ({"street": "", "postcode": "", "city": "", "language": "xx"}, "gültige Auswahl"),
])
def test_the_address_form_refuses_bad_input(client, authority, caseworker, person, data,
                                            message):
    from wegweiser.letters.models import PostalAddress

    login(client, caseworker)
    page = client.post(f"/anschreiben/anschrift/{person.pk}/", data)
    assert page.status_code == 400 and message in page.content.decode()
    assert not PostalAddress.objects.exists()
