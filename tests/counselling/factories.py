"""Desks for tests: a desk with opening hours Monday to Friday and two topics."""

from datetime import time

from wegweiser.counselling.models import Desk, OpeningHours, Topic


def make_desk(authority, slug="beratung-mettmann", **fields) -> Desk:
    desk = Desk.objects.create(authority=authority, name=fields.pop("name", "Zentrale Anlaufstelle"),
                               slug=slug, address="Düsseldorfer Str. 26\n40822 Mettmann",
                               walk_in_hours="Di 9–12 Uhr", **fields)
    for weekday in range(5):
        OpeningHours.objects.create(authority=authority, desk=desk, weekday=weekday,
                                    starts=time(9), ends=time(12), counsellors=2)
    Topic.objects.create(authority=authority, desk=desk, name="Wege zum Bleiberecht",
                         key="bleiberecht", units=2, position=1)
    Topic.objects.create(authority=authority, desk=desk, name="Dokumente und Anträge",
                         key="dokumente", units=1, position=2)
    return desk
