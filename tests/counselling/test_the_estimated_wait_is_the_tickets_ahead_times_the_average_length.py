"""Estimated waiting time: tickets ahead × today's average consultation (else the topic's
length) ÷ counsellors on duty; shown on the printable ticket."""

from django.urls import reverse

from tests.conftest import login
from tests.counselling.desk_helpers import monday
from tests.counselling.factories import make_desk
from wegweiser.counselling import queue
from wegweiser.counselling.models import QueueTicket


def test_without_finished_consultations_the_topic_length_counts(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)  # 2 counsellors 9–12, 30-minute units
    long_topic = desk.topics.get(key="bleiberecht")  # 2 units = 60 minutes
    for minute in range(4):
        queue.draw_ticket(user, desk, now=monday(9, minute))
    mine = queue.draw_ticket(user, desk, topic=long_topic, now=monday(9, 5))
    estimate = queue.estimated_wait(mine, now=monday(9, 6))
    assert (estimate.ahead, estimate.minutes) == (4, 4 * 60 // 2)


def test_finished_consultations_of_the_day_give_the_average(users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    done = queue.draw_ticket(user, desk, now=monday(9))
    QueueTicket.objects.filter(pk=done.pk).update(status="done", called_at=monday(9),
                                                 finished_at=monday(9, 20))
    queue.draw_ticket(user, desk, now=monday(9, 1))
    mine = queue.draw_ticket(user, desk, now=monday(9, 2))
    assert queue.estimated_wait(mine, now=monday(9, 3)).minutes == 10  # 1 ahead × 20 ÷ 2


def test_the_ticket_page_shows_number_desk_and_estimate_but_no_name(client, users):
    user = users["counsellor"]
    desk = make_desk(user.authority)
    login(client, user)
    client.post(reverse("counselling:draw_ticket", args=[desk.pk]), {"language": "uk"})
    response = client.post(reverse("counselling:draw_ticket", args=[desk.pk]), {}, follow=True)
    page = response.content.decode()
    assert 'class="ticket__number" id="ticket-number">2<' in page
    assert "Zentrale Anlaufstelle" in page and "Geschätzte Wartezeit" in page
    assert "Vor Ihnen: 1 Person" in page
    assert "counselling/print.js" in page and "@media print" not in page


def test_a_walk_in_with_a_foreign_topic_is_refused(client, users, other_authority):
    desk = make_desk(users["counsellor"].authority)
    foreign = make_desk(other_authority, slug="fremd").topics.first()
    login(client, users["counsellor"])
    response = client.post(reverse("counselling:draw_ticket", args=[desk.pk]),
                           {"topic": foreign.pk, "language": "xx"})
    assert response.status_code == 400
    assert "gültige Auswahl" in response.content.decode()
    assert not QueueTicket.objects.exists()
