"""Every staff page of the desk: a role without the action gets 403, a desk of another
authority does not exist (404)."""

import pytest
from django.urls import reverse

from tests.conftest import login, make_user
from tests.counselling.desk_helpers import book, monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import ClosedDay, WaitlistEntry

# (url name, extra kwargs, method, a role without the action)
PAGES = [
    ("calendar_day", {}, "get", "caseworker"),
    ("calendar_week", {}, "get", "controlling"),
    ("queue", {}, "get", "caseworker"),
    ("call_next", {}, "post", "caseworker"),
    ("draw_ticket", {}, "post", "controlling"),
    ("check_in", {"appointment_pk": "appointment"}, "post", "caseworker"),
    ("ticket", {"ticket_pk": "ticket"}, "get", "caseworker"),
    ("ticket_step", {"ticket_pk": "ticket", "step": "erneut"}, "post", "controlling"),
    ("record_outcome", {"appointment_pk": "appointment"}, "post", "caseworker"),
    ("display", {}, "get", "caseworker"),
    ("display_list", {}, "get", "admin"),
    ("new_screen_link", {}, "post", "counsellor"),
    ("statistics", {}, "get", "caseworker"),
    ("statistics_export", {}, "get", "admin"),
    ("settings", {}, "get", "counsellor"),
    ("hours_add", {}, "get", "counsellor"),
    ("hours_edit", {"hours_pk": "hours"}, "get", "caseworker"),
    ("hours_delete", {"hours_pk": "hours"}, "post", "counsellor"),
    ("closed_day_add", {}, "get", "counsellor"),
    ("closed_day_delete", {"closed_pk": "closed"}, "post", "controlling"),
    ("desk_topic_add", {}, "get", "counsellor"),
    ("desk_topic_edit", {"topic_pk": "topic"}, "get", "counsellor"),
    ("waitlist_calls", {}, "get", "controlling"),
    ("waitlist_call_confirm", {"entry_pk": "entry"}, "post", "controlling"),
    ("waitlist_call_release", {"entry_pk": "entry"}, "post", "admin"),
    ("statistics_xlsx", {}, "get", "caseworker"),
]
ALLOWED = {"calendar_day": "counsellor", "calendar_week": "head", "queue": "counsellor",
           "call_next": "counsellor", "draw_ticket": "head", "check_in": "counsellor",
           "ticket": "counsellor", "ticket_step": "counsellor", "record_outcome": "counsellor",
           "display": "head", "display_list": "counsellor", "new_screen_link": "head",
           "statistics": "controlling", "statistics_export": "counsellor", "settings": "admin",
           "hours_add": "head", "hours_edit": "admin", "hours_delete": "head",
           "closed_day_add": "admin", "closed_day_delete": "head", "desk_topic_add": "head",
           "desk_topic_edit": "admin", "waitlist_calls": "caseworker",
           "waitlist_call_confirm": "counsellor", "waitlist_call_release": "head",
           "statistics_xlsx": "controlling"}


@pytest.fixture
def desk_rows(users):
    from datetime import date

    desk = make_desk(users["head"].authority)
    user = users["counsellor"]
    appointment = book(desk, monday(9))
    ticket = queue.draw_ticket(user, desk)
    closed = ClosedDay.objects.create(authority=desk.authority, desk=desk, day=date(2027, 1, 4))
    entry = WaitlistEntry.objects.create(authority=desk.authority, desk=desk,
                                         topic=desk.topics.first(), name="Amina Test",
                                         phone="0170 123456")
    return desk, {"appointment": appointment.pk, "ticket": ticket.pk, "entry": entry.pk,
                  "hours": desk.opening_hours.first().pk, "topic": desk.topics.first().pk,
                  "closed": closed.pk}


def url(name, desk, extra, rows):
    kwargs = {key: rows.get(value, value) for key, value in extra.items()}
    return reverse(f"counselling:{name}", kwargs={"desk_pk": desk.pk, **kwargs})


@pytest.mark.parametrize(("name", "extra", "method", "wrong_role"), PAGES)
def test_a_role_without_the_action_gets_403(client, users, desk_rows, name, extra, method,
                                            wrong_role):
    desk, rows = desk_rows
    login(client, users[wrong_role])
    assert getattr(client, method)(url(name, desk, extra, rows)).status_code == 403


@pytest.mark.parametrize(("name", "extra", "method", "wrong_role"), PAGES)
def test_another_authoritys_staff_get_404(client, users, desk_rows, other_authority, name, extra,
                                          method, wrong_role):
    desk, rows = desk_rows
    login(client, make_user(other_authority, ALLOWED[name], f"fremd-{ALLOWED[name]}"))
    assert getattr(client, method)(url(name, desk, extra, rows)).status_code == 404


@pytest.mark.parametrize(("name", "extra", "method", "wrong_role"), PAGES)
def test_the_allowed_role_of_the_authority_gets_through(client, users, desk_rows, name, extra,
                                                        method, wrong_role):
    desk, rows = desk_rows
    login(client, users[ALLOWED[name]])
    assert getattr(client, method)(url(name, desk, extra, rows)).status_code in (200, 204, 302,
                                                                                 400, 409)
