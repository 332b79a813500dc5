"""The training KPIs on a small hand-built team: hours per staff member, desk staff coverage."""

from datetime import date
from decimal import Decimal

from tests.conftest import make_user


def test_hours_per_staff_member_and_desk_coverage(authority, users, period):
    from wegweiser.reporting.kpis import REGISTRY
    from wegweiser.training.models import (
        Attendance,
        TopicRequirement,
        TrainingEvent,
        TrainingTopic,
    )

    second_counsellor = make_user(authority, "counsellor", "beratung-2")
    topic = TrainingTopic.objects.create(authority=authority, name="Deeskalation")
    TopicRequirement.objects.create(authority=authority, role="counsellor", topic=topic)
    inside = TrainingEvent.objects.create(authority=authority, kind="seminar", topic=topic,
                                          title="Deeskalation I", held_on=date(2026, 3, 3),
                                          hours=Decimal("7.0"))
    outside = TrainingEvent.objects.create(authority=authority, kind="seminar", topic=topic,
                                           title="Deeskalation II", held_on=date(2026, 9, 3),
                                           hours=Decimal("6.0"))
    for event, user, status in ((inside, users["counsellor"], "attended"),
                                (inside, users["caseworker"], "attended"),
                                (inside, second_counsellor, "absent"),
                                (outside, second_counsellor, "attended")):
        Attendance.objects.create(authority=authority, event=event, user=user, status=status)
    # One user per role and a second counsellor: 7 active staff; 7 + 7 hours attended by June.
    assert REGISTRY["training_hours_per_staff"].compute(authority.pk, period) == Decimal("2.0")
    # Two counsellors, one with the required topic by the end of June.
    assert REGISTRY["desk_staff_trained_share"].compute(authority.pk, period) == 50
