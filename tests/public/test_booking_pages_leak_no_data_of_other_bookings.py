"""The pages show free times only, and a manage link only its own appointment: no name, contact
or time of another booking appears anywhere; another authority's desk shows its own slots."""

import re

from django.urls import reverse

from tests.counselling.factories import first_start, make_desk, open_calendar, visitor
from tests.public.solved import solved
from wegweiser.counselling import booking
from wegweiser.counselling.models import Slot


def test_no_page_shows_another_booking(client, authority):
    desk = open_calendar(make_desk(authority))
    topic, start = first_start(desk)
    other = booking.book(desk, topic, start.slot_pk, visitor(name="Geheime Person",
                                                              email="geheim@example.org"))
    topic, start = first_start(desk)
    mine = booking.book(desk, topic, start.slot_pk, visitor(name="Meine Person", email="",
                                                             phone="0170 555555"))
    pages = [
        client.get(reverse("public:booking_slots", args=[desk.slug]),
                   {"topic": "dokumente", "language": "de"}),
        client.get(reverse("public:booking_manage", args=[desk.slug, mine.manage_token])),
        client.get(reverse("public:booking_topic", args=[desk.slug])),
    ]
    for response in pages:
        page = response.content.decode()
        assert "Geheime" not in page and "geheim@example.org" not in page
        assert f'value="{other.appointment.claims.first().slot_id}"' not in page


def test_a_desk_of_another_authority_never_shows_our_slots(client, authority, other_authority):
    ours = open_calendar(make_desk(authority, slug="unsere"))
    theirs = open_calendar(make_desk(other_authority, slug="fremde"))
    page = client.get(reverse("public:booking_slots", args=[theirs.slug]),
                      {"topic": "dokumente", "language": "de"}).content.decode()
    shown = set(map(int, re.findall(r'name="slot" value="(\d+)"', page)))
    assert shown
    assert not shown & set(Slot.objects.filter(desk=ours).values_list("pk", flat=True))


def test_a_slot_of_another_authority_cannot_be_booked_through_our_desk(client, authority,
                                                                       other_authority):
    ours = open_calendar(make_desk(authority, slug="unsere"))
    theirs = open_calendar(make_desk(other_authority, slug="fremde"))
    foreign = Slot.objects.filter(desk=theirs).first()
    url = reverse("public:booking_details", args=[ours.slug])
    response = client.post(f"{url}?topic=dokumente&language=de&slot={foreign.pk}",
                           {"name": "A B", "birth_date": "1990-01-01", "phone": "0170123456",
                            **solved()})
    assert response.status_code == 409
    assert not hasattr(Slot.objects.get(pk=foreign.pk), "claim")
