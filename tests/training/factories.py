"""Training rows for tests, written straight through the ORM (the door is tested apart)."""

from datetime import date
from decimal import Decimal

from wegweiser.training.models import Attendance, TopicRequirement, TrainingEvent, TrainingTopic


def make_topic(authority, name="Deeskalation") -> TrainingTopic:
    return TrainingTopic.objects.create(authority=authority, name=name)


def make_event(topic, held_on=date(2026, 3, 10), hours="4", kind="seminar", attendees=(),
               title="", **fields) -> TrainingEvent:
    """`attendees`: users, or (user, status) pairs; a bare user attended."""
    event = TrainingEvent.objects.create(
        authority_id=topic.authority_id, topic=topic, kind=kind, held_on=held_on,
        hours=Decimal(hours), title=title or f"{topic.name} {held_on:%d.%m.%Y}", **fields)
    for entry in attendees:
        user, status = entry if isinstance(entry, tuple) else (entry, "attended")
        Attendance.objects.create(authority_id=topic.authority_id, event=event, user=user,
                                  status=status)
    return event


def require(topic, role, months=None) -> TopicRequirement:
    return TopicRequirement.objects.create(authority_id=topic.authority_id, topic=topic,
                                           role=role, validity_months=months)
