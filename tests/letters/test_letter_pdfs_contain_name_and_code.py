"""The PDF of a letter and the combined print file carry the names and the booking code."""

from tests.conftest import login
from tests.letters.helpers import start, world
from tests.pdf import pdf_text


def test_the_letter_pdf_names_the_household_and_its_code(client, authority, caseworker):
    from wegweiser.letters.models import Letter

    w = world(authority)
    start(caseworker, w)
    letter = Letter.objects.get(addressee__family_name="Haddad")
    login(client, caseworker)

    response = client.get(f"/anschreiben/briefe/{letter.pk}.pdf")

    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Mohammed Haddad" in text and letter.booking_code.code in text


def test_the_print_file_holds_every_letter(client, authority, caseworker):
    from wegweiser.letters.models import MailRun

    w = world(authority)
    run = MailRun.objects.get(pk=start(caseworker, w).pk)
    login(client, caseworker)

    response = client.get(f"/anschreiben/serienbriefe/{run.pk}/druckdatei.pdf")

    assert response.content.startswith(b"%PDF") and response.content == bytes(run.print_pdf)
    text = pdf_text(response.content)
    assert "Deniz Demir" in text and "Lina Haddad" in text


def test_the_annex_is_in_the_recorded_language_and_right_to_left_for_farsi(authority,
                                                                            caseworker):
    from wegweiser.letters.models import Letter

    w = world(authority)
    start(caseworker, w)
    start(caseworker, w, group="missing")

    turkish = Letter.objects.get(addressee__family_name="Demir")
    farsi = Letter.objects.get(addressee__family_name="Ebrahimi")
    assert turkish.language == "tr" and "Türkçe özet" in turkish.html
    assert farsi.language == "fa" and 'dir="rtl"' in farsi.html
    assert Letter.objects.get(addressee__family_name="Haddad").language == ""
