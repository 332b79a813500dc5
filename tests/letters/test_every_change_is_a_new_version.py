"""A template change adds a version; letters keep the version they were written with."""

from tests.conftest import login
from tests.letters.helpers import start, world


def test_the_head_saves_a_new_version_and_the_old_one_stays(client, authority, users):
    from wegweiser.letters.models import Letter
    from wegweiser.letters.wording import default_template

    w = world(authority)
    template = default_template(authority.pk)
    start(users["head"], w)
    login(client, users["head"])

    response = client.post(f"/anschreiben/vorlagen/{template.pk}/bearbeiten/", {
        "subject": "Neue Einladung", "body": "{{ anrede }}\n\nKommen Sie vorbei.",
        "version": template.version})

    assert response.status_code == 302
    assert list(template.versions.values_list("number", flat=True)) == [2, 1]
    assert set(Letter.objects.values_list("template_version__number", flat=True)) == {1}


def test_an_outdated_form_is_refused(client, authority, users):
    from wegweiser.letters.wording import default_template

    template = default_template(authority.pk)
    login(client, users["head"])
    data = {"subject": "A", "body": "Text", "version": template.version}
    assert client.post(f"/anschreiben/vorlagen/{template.pk}/bearbeiten/", data).status_code == 302
    stale = client.post(f"/anschreiben/vorlagen/{template.pk}/bearbeiten/",
                        {**data, "body": "Anderer Text"})
    assert stale.status_code == 400
    assert "inzwischen von jemand anderem geändert" in stale.content.decode()
    assert template.versions.count() == 2
