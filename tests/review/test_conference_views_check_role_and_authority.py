"""Every conference page: a role without the action gets 403, a user of another authority 404."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_person, make_user
from tests.review.conference_helpers import hold, on_agenda, plan, recommend

VIEW = {"review:conferences", "review:conference", "review:minutes", "review:item"}
MANAGE = {"review:conference_add", "review:conference_edit", "review:proposals",
          "review:agenda_add", "review:proposal_decline", "review:agenda_move",
          "review:conference_held", "review:minutes_approve", "review:item_record",
          "review:item_action"}
POST_ONLY = {"review:agenda_add", "review:proposal_decline", "review:agenda_move",
             "review:conference_held", "review:minutes_approve", "review:item_record",
             "review:item_action"}


@pytest.fixture
def world(authority, users):
    head = users["head"]
    person = make_person(authority)
    conference = plan(authority, head)
    item = on_agenda(conference, person, head)
    hold(conference, head)
    recommend(item, head)
    return {"conference": conference, "item": item, "person": person}


def urls(world):
    c, i, p = world["conference"].pk, world["item"].pk, world["person"].pk
    return {
        "review:conferences": reverse("review:conferences"),
        "review:conference_add": reverse("review:conference_add"),
        "review:conference": reverse("review:conference", args=[c]),
        "review:conference_edit": reverse("review:conference_edit", args=[c]),
        "review:proposals": reverse("review:proposals", args=[c]),
        "review:agenda_add": reverse("review:agenda_add", args=[c]),
        "review:proposal_decline": reverse("review:proposal_decline", args=[c]),
        "review:agenda_move": reverse("review:agenda_move", args=[c, i]),
        "review:conference_held": reverse("review:conference_held", args=[c]),
        "review:minutes_approve": reverse("review:minutes_approve", args=[c]),
        "review:minutes": reverse("review:minutes", args=[c]),
        "review:item": reverse("review:item", args=[i]),
        "review:item_record": reverse("review:item_record", args=[i]),
        "review:item_action": reverse("review:item_action", args=[i]),
        "review:item_outcome": reverse("review:item_outcome", args=[i]),
        "review:case_propose": reverse("review:case_propose", args=[p]),
    }


def request(client, name, url):
    return client.post(url, {"version": 1}) if name in POST_ONLY else client.get(url)


def test_every_conference_url_is_covered_here(world):
    from tests.accounts.test_permission_matrix import protected_patterns

    review = {name for name, action, _pattern in protected_patterns()
              if name.startswith("review:") and action.startswith("conference.")}
    assert review <= set(urls(world)), review - set(urls(world))


@pytest.mark.parametrize("role", ["counsellor", "controlling", "dpo", "admin"])
def test_roles_outside_the_conference_get_403_everywhere(client, users, world, role):
    login(client, users[role])
    for name, url in urls(world).items():
        assert request(client, name, url).status_code == 403, (role, name)


def test_a_caseworker_gets_403_on_every_page_of_the_head(client, users, world):
    login(client, users["caseworker"])
    for name, url in urls(world).items():
        status = request(client, name, url).status_code
        if name in MANAGE or name == "review:item_outcome":  # not the case's caseworker
            assert status == 403, name
        else:
            assert status in (200, 302), (name, status)


def test_another_authority_gets_404_everywhere(client, other_authority, world):
    login(client, make_user(other_authority, "head", "fremde-leitung"))
    for name, url in urls(world).items():
        if name in ("review:conferences", "review:conference_add"):
            continue  # lists and new forms of one's own authority
        assert request(client, name, url).status_code == 404, name


def test_another_authoritys_conference_list_shows_nothing_of_ours(client, other_authority, world):
    body = login(client, make_user(other_authority, "head", "fremde-leitung")).get(
        reverse("review:conferences")).content.decode()
    assert reverse("review:conference", args=[world["conference"].pk]) not in body
    assert "Noch keine Fallkonferenz geplant." in body
