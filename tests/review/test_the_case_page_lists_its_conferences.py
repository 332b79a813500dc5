"""Every case page shows the conferences the case was discussed in, with links to the
conference and its minutes - read with one query."""

from django.urls import reverse

from tests.conftest import login, make_person
from tests.review.conference_helpers import held_conference, on_agenda, plan
from wegweiser.review.conferences import case_conferences


def test_the_case_page_links_conference_and_minutes(client, authority, users):
    head = users["head"]
    person = make_person(authority)
    conference, _item = held_conference(authority, head, person)
    body = login(client, users["caseworker"]).get(
        reverse("cases:detail", args=[person.pk])).content.decode()
    section = body[body.index('id="h-conferences"'):]
    assert reverse("review:conference", args=[conference.pk]) in section
    assert reverse("review:minutes", args=[conference.pk]) in section
    assert "erteilen, Ermessen zugunsten ausüben" in section


def test_another_case_does_not_list_the_conference(client, authority, users):
    head = users["head"]
    held_conference(authority, head, make_person(authority))
    other = make_person(authority, file_number="KT-2")
    body = login(client, head).get(reverse("cases:detail", args=[other.pk])).content.decode()
    assert "Dieser Fall war noch in keiner Fallkonferenz." in body


def test_the_conferences_of_a_case_are_one_query(authority, users, django_assert_num_queries):
    head = users["head"]
    person = make_person(authority)
    for _ in range(3):
        on_agenda(plan(authority, head), person, head)
    with django_assert_num_queries(1):
        rows = [(i.conference.held_on, i.conference.get_status_display()) for i in
                case_conferences(person)]
    assert len(rows) == 3


def test_a_counsellor_sees_no_conference_section(client, authority, users):
    person = make_person(authority)
    held_conference(authority, users["head"], person)
    body = login(client, users["counsellor"]).get(
        reverse("cases:detail", args=[person.pk])).content.decode()
    assert 'id="h-conferences"' not in body
