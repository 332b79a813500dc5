"""A counsellor with a ticket in hand confirms before calling the next (ZMS PR 2936), in the
service and on the page."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from tests.counselling.desk_helpers import monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import QueueTicket, TicketStatus


def test_the_service_asks_before_a_second_call(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    queue.draw_ticket(user, desk, now=monday(9))
    queue.draw_ticket(user, desk, now=monday(9))
    queue.call_next(user, desk, "Raum 1", now=monday(9, 1))
    with pytest.raises(queue.SwitchNeedsConfirmation, match="Nummer 1 noch in Bearbeitung"):
        queue.call_next(user, desk, "Raum 1", now=monday(9, 2))
    second = queue.call_next(user, desk, "Raum 1", confirmed=True, now=monday(9, 2))
    assert second.number == 2


def test_the_page_shows_the_question_and_calls_nobody(client, users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    queue.draw_ticket(user, desk)
    queue.draw_ticket(user, desk)
    login(client, user)
    url = reverse("counselling:call_next", args=[desk.pk])
    assert client.post(url, {"room": "Raum 1"}).status_code == 302
    response = client.post(url, {"room": "Raum 1"})
    assert response.status_code == 409
    assert "Wirklich die nächste Nummer aufrufen?" in response.content.decode()
    today = timezone.localdate()
    assert QueueTicket.objects.filter(day=today, status=TicketStatus.WAITING).count() == 1
    assert client.post(url, {"room": "Raum 1", "confirmed": "on"}).status_code == 302
    assert not QueueTicket.objects.filter(day=today, status=TicketStatus.WAITING).exists()


def test_calling_without_a_room_is_refused(client, users):
    desk = make_desk(users["counsellor"].authority)
    queue.draw_ticket(users["counsellor"], desk)
    login(client, users["counsellor"])
    response = client.post(reverse("counselling:call_next", args=[desk.pk]), {"room": " "})
    assert response.status_code == 400
    assert "Bitte den Raum angeben" in response.content.decode()
    assert QueueTicket.objects.get().status == TicketStatus.WAITING
