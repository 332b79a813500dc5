"""The preview fills the template with a chosen person's data, without writing a letter."""

from tests.conftest import login
from tests.letters.helpers import world


def test_the_preview_shows_the_persons_name_and_pathway(client, authority, caseworker):
    from wegweiser.letters.models import Letter
    from wegweiser.letters.wording import default_template

    w = world(authority)
    template = default_template(authority.pk)
    login(client, caseworker)

    page = client.get(f"/anschreiben/vorlagen/{template.pk}/",
                      {"person": w["people"]["demir"].file_number}).content.decode()

    assert "Deniz Demir" in page and "§ 25b Abs. 1 AufenthG" in page
    assert "Bahnhofstr. 3" in page and "Türkçe özet" in page
    assert Letter.objects.count() == 0


def test_an_unknown_file_number_gives_a_german_message(client, authority, caseworker,
                                                       foreign_person):
    from wegweiser.letters.wording import default_template

    template = default_template(authority.pk)
    login(client, caseworker)
    page = client.get(f"/anschreiben/vorlagen/{template.pk}/",
                      {"person": foreign_person.file_number}).content.decode()
    assert "Eine Akte mit diesem Aktenzeichen gibt es nicht." in page
    assert "Fremd" not in page
