"""Each agenda opens with "Was ist aus früheren Empfehlungen geworden?": the recommendations of
earlier conferences still open, and those whose outcome was recorded since the last conference."""

from datetime import timedelta

from django.urls import reverse

from tests.conftest import login, make_person
from tests.review.conference_helpers import held_conference, plan, today
from wegweiser.review.conferences import earlier_recommendations, record_outcome


def test_open_earlier_recommendations_open_the_next_agenda(client, authority, users):
    head = users["head"]
    person = make_person(authority, file_number="KT-5")
    earlier, item = held_conference(authority, head, person, days_ago=60, recommendation="refer_hfk")
    next_one = plan(authority, head)
    assert list(earlier_recommendations(next_one)) == [item]
    body = login(client, head).get(reverse("review:conference", args=[next_one.pk])).content.decode()
    standing = body[body.index("Was ist aus früheren Empfehlungen geworden?"):body.index('id="h-agenda"')]
    assert "KT-5 (M. H.)" in standing
    assert "an die Härtefallkommission verweisen" in standing
    assert "offen" in standing
    assert reverse("review:item_outcome", args=[item.pk]) in standing


def test_an_outcome_recorded_before_the_last_conference_is_not_repeated(authority, users):
    head = users["head"]
    old_case = make_person(authority, file_number="KT-1")
    new_case = make_person(authority, file_number="KT-2")
    _first, old_item = held_conference(authority, head, old_case, days_ago=90)
    record_outcome(head, old_item, old_item.version, outcome="followed", reason="")
    old_item.__class__.objects.filter(pk=old_item.pk).update(
        outcome_recorded_at=old_item.outcome_recorded_at - timedelta(days=80))
    _second, new_item = held_conference(authority, head, new_case, days_ago=5)
    record_outcome(head, new_item, new_item.version, outcome="followed", reason="")
    upcoming = plan(authority, head, held_on=today() + timedelta(days=7))
    assert list(earlier_recommendations(upcoming)) == [new_item]


def test_a_later_conference_is_not_earlier(authority, users):
    head = users["head"]
    _conference, _item = held_conference(authority, head, make_person(authority), days_ago=1)
    older = plan(authority, head, held_on=today() - timedelta(days=30))
    assert list(earlier_recommendations(older)) == []
