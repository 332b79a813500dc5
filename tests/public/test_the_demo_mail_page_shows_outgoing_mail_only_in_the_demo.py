"""/buergerservice/demo-post/ lists the file backend's mails, newest first, links clickable —
and does not exist unless WEGWEISER_DEMO_MAIL_PAGE is on."""

from django.core import mail
from django.urls import reverse


def file_backend(settings, tmp_path):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                                    "OPTIONS": {"file_path": str(tmp_path)}}}


def send(subject, body, to, date):
    message = mail.EmailMessage(subject, body, "beratung@wegweiser.invalid", [to],
                                headers={"Date": date})
    message.send()


def test_the_page_does_not_exist_outside_the_demo(client, db, settings, tmp_path):
    file_backend(settings, tmp_path)
    settings.WEGWEISER_DEMO_MAIL_PAGE = False
    send("Ihr Termin", "Hallo", "a@example.org", "Mon, 07 Dec 2026 09:00:00 +0100")
    assert client.get(reverse("public:demo_mail")).status_code == 404


def test_mails_are_listed_newest_first_with_clickable_links(client, db, settings, tmp_path):
    file_backend(settings, tmp_path)
    settings.WEGWEISER_DEMO_MAIL_PAGE = True
    send("Älter", "Erste Nachricht", "a@example.org", "Mon, 07 Dec 2026 09:00:00 +0100")
    send("Bitte bestätigen", "Link: https://example.org/bestaetigen/abc", "b@example.org",
         "Tue, 08 Dec 2026 09:00:00 +0100")
    page = client.get(reverse("public:demo_mail")).content.decode()
    assert page.index("Bitte bestätigen") < page.index("Älter")
    assert "b@example.org" in page
    assert '<a href="https://example.org/bestaetigen/abc"' in page


def test_a_mail_body_cannot_inject_markup(client, db, settings, tmp_path):
    file_backend(settings, tmp_path)
    settings.WEGWEISER_DEMO_MAIL_PAGE = True
    send("Test", "<script>alert(1)</script>", "a@example.org", "Mon, 07 Dec 2026 09:00:00 +0100")
    page = client.get(reverse("public:demo_mail")).content.decode()
    assert "<script>alert(1)" not in page


def test_without_mails_the_page_says_so(client, db, settings, tmp_path):
    file_backend(settings, tmp_path / "leer")
    settings.WEGWEISER_DEMO_MAIL_PAGE = True
    assert "Noch keine E-Mails." in client.get(reverse("public:demo_mail")).content.decode()


def test_a_mail_without_time_zone_is_sorted_with_the_others(client, db, settings, tmp_path):
    file_backend(settings, tmp_path)
    settings.WEGWEISER_DEMO_MAIL_PAGE = True
    send("Ohne Zone", "a", "a@example.org", "Mon, 07 Dec 2026 09:00:00 -0000")
    send("Mit Zone", "b", "b@example.org", "Tue, 08 Dec 2026 09:00:00 +0100")
    page = client.get(reverse("public:demo_mail")).content.decode()
    assert page.index("Mit Zone") < page.index("Ohne Zone")
