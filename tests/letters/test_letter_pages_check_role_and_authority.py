"""Every page of letters/: a role without the action gets 403, another authority's rows 404."""

import pytest

from tests.conftest import login, make_user
from tests.letters.helpers import start, world


@pytest.fixture
def written(authority, users):
    from wegweiser.letters.models import Letter
    from wegweiser.letters.wording import default_template

    w = world(authority)
    run = start(users["caseworker"], w)
    return {"run": run, "letter": Letter.objects.first(), "person": w["people"]["demir"],
            "template": default_template(authority.pk)}


def _urls(written):
    run, letter, template = written["run"].pk, written["letter"].pk, written["template"].pk
    return {
        "mailrun.view": ["/anschreiben/", f"/anschreiben/serienbriefe/{run}/",
                         f"/anschreiben/serienbriefe/{run}/druckdatei.pdf",
                         f"/anschreiben/briefe/{letter}.pdf"],
        "letter.template_view": [f"/anschreiben/vorlagen/{template}/"],
        "letter.template_edit": [f"/anschreiben/vorlagen/{template}/bearbeiten/"],
        "mailrun.create": [f"/anschreiben/briefe/{letter}/versand/",
                           "/anschreiben/serienbriefe/neu/",
                           f"/anschreiben/serienbriefe/{run}/versandt/"],
        "case.edit": [f"/anschreiben/anschrift/{written['person'].pk}/"],
    }


@pytest.mark.parametrize("role", ["counsellor", "controlling", "dpo", "admin"])
def test_roles_without_the_action_get_403(client, users, written, role):
    login(client, users[role])
    for action, urls in _urls(written).items():
        from wegweiser.accounts.roles import can

        if can(users[role], action):
            continue
        for url in urls:
            assert client.get(url).status_code == 403, url


def test_a_caseworker_may_not_edit_the_template(client, users, written):
    login(client, users["caseworker"])
    assert client.get(f"/anschreiben/vorlagen/{written['template'].pk}/bearbeiten/").status_code == 403
    assert client.get(f"/anschreiben/vorlagen/{written['template'].pk}/").status_code == 200


def test_another_authority_gets_404_for_every_row(client, written, other_authority):
    head = make_user(other_authority, "head", "fremde-leitung")
    login(client, head)
    for action, urls in _urls(written).items():
        if action == "mailrun.view":
            urls = urls[1:]
        if action == "mailrun.create":
            urls = urls[:1]
        for url in urls:
            assert client.get(url).status_code == 404, url
    for url in [f"/anschreiben/serienbriefe/{written['run'].pk}/versandt/"]:
        assert client.post(url, {"day": "2026-01-01", "channel": "post"}).status_code == 404


def test_the_head_sees_every_page(client, users, written):
    login(client, users["head"])
    for urls in _urls(written).values():
        for url in urls:
            assert client.get(url).status_code in (200, 302), url


def test_a_mail_run_cannot_use_another_authoritys_screening_run(client, written, other_authority):
    from tests.counselling.factories import make_desk
    from wegweiser.letters.models import MailRun

    head = make_user(other_authority, "head", "fremde-leitung")
    desk = make_desk(other_authority, slug="fremd")
    login(client, head)
    response = client.post("/anschreiben/serienbriefe/neu/", {
        "screening_run": written["run"].screening_run_id, "group": "met_now", "desk": desk.pk})
    assert response.status_code == 400
    assert MailRun.objects.count() == 1


def test_the_run_list_shows_no_run_of_another_authority(client, written, other_authority):
    login(client, make_user(other_authority, "head", "fremde-leitung"))
    page = client.get("/anschreiben/").content.decode()
    assert f"/anschreiben/serienbriefe/{written['run'].pk}/" not in page
