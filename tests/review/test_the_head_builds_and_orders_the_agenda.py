"""The head picks proposals onto the agenda and orders it with plain forms (no JavaScript)."""

from django.urls import reverse

from tests.conftest import login, make_person
from tests.review.conference_helpers import on_agenda, plan, stored_results
from wegweiser.review.conferences import propose
from wegweiser.review.models import AgendaItem, Proposal


def agenda(conference):
    return list(AgendaItem.objects.filter(conference=conference).order_by("position")
                .values_list("person__file_number", flat=True))


def test_the_head_takes_proposals_and_candidates_onto_the_agenda(client, authority, users):
    head = users["head"]
    first = make_person(authority, file_number="KT-1")
    second = make_person(authority, file_number="KT-2")
    propose(first, "caseworker", "Härtefall?", users["caseworker"])
    stored_results(authority, [(second, "p25_5", "may", {})])
    conference = plan(authority, head)
    login(client, head)
    page = client.get(reverse("review:proposals", args=[conference.pk])).content.decode()
    assert "KT-1 (M. H.)" in page and "KT-2 (M. H.)" in page
    url = reverse("review:agenda_add", args=[conference.pk])
    client.post(url, {"proposal": Proposal.objects.get().pk, "version": conference.version})
    conference.refresh_from_db()
    client.post(url, {"person": second.pk, "source": "may", "version": conference.version})
    assert agenda(conference) == ["KT-1", "KT-2"]
    assert list(AgendaItem.objects.values_list("position", flat=True).order_by("position")) == [1, 2]
    assert set(Proposal.objects.values_list("status", flat=True)) == {"agenda"}


def test_moving_an_item_swaps_it_with_its_neighbour(client, authority, users):
    head = users["head"]
    conference = plan(authority, head)
    for i in range(3):
        person = make_person(authority, file_number=f"KT-{i}")
        on_agenda(conference, person, head)
    login(client, head)
    last = AgendaItem.objects.get(person__file_number="KT-2")
    conference.refresh_from_db()
    url = reverse("review:agenda_move", args=[conference.pk, last.pk])
    assert client.post(url, {"direction": "up", "version": conference.version}).status_code == 302
    assert agenda(conference) == ["KT-0", "KT-2", "KT-1"]
    conference.refresh_from_db()
    first = AgendaItem.objects.get(person__file_number="KT-0")
    client.post(reverse("review:agenda_move", args=[conference.pk, first.pk]),
                {"direction": "down", "version": conference.version})
    assert agenda(conference) == ["KT-2", "KT-0", "KT-1"]
    page = client.get(reverse("review:conference", args=[conference.pk])).content.decode()
    assert page.index("KT-2 (M. H.)") < page.index("KT-0 (M. H.)") < page.index("KT-1 (M. H.)")


def test_a_stale_page_does_not_reorder(client, authority, users):
    head = users["head"]
    conference = plan(authority, head)
    on_agenda(conference, make_person(authority, file_number="KT-0"), head)
    item = on_agenda(conference, make_person(authority, file_number="KT-1"), head)
    response = login(client, head).post(
        reverse("review:agenda_move", args=[conference.pk, item.pk]),
        {"direction": "up", "version": 1}, follow=True)
    assert "inzwischen von jemand anderem geändert" in response.content.decode()
    assert agenda(conference) == ["KT-0", "KT-1"]


def test_a_case_is_on_an_agenda_once(client, authority, users):
    head = users["head"]
    person = make_person(authority)
    conference = plan(authority, head)
    on_agenda(conference, person, head)
    propose(person, "consistency", "Anders entschieden als ein gleicher Fall.", None)
    conference.refresh_from_db()
    response = login(client, head).post(
        reverse("review:agenda_add", args=[conference.pk]),
        {"proposal": Proposal.objects.get(source="consistency").pk, "version": conference.version},
        follow=True)
    assert "steht schon auf der Tagesordnung" in response.content.decode()
    assert AgendaItem.objects.count() == 1
    assert Proposal.objects.get(source="consistency").status == "open"
