"""The one door: a stale version is refused, the history keeps each change, the audit log
names it, and attendance is recorded against the event's version."""

import pytest

from tests.training.factories import make_event, make_topic
from wegweiser.audit.models import AuditEntry
from wegweiser.training import changes
from wegweiser.training.models import Attendance, TrainingEvent, TrainingTopic


def test_a_stale_version_is_refused_and_nothing_changes(users, authority):
    topic = make_topic(authority, "Deeskalation")
    first = TrainingTopic.objects.get(pk=topic.pk)
    second = TrainingTopic.objects.get(pk=topic.pk)
    first.name = "Deeskalation I"
    changes.save_topic(users["head"], first, first.version)
    second.name = "Deeskalation II"
    with pytest.raises(changes.ConflictError):
        changes.save_topic(users["admin"], second, second.version)
    assert TrainingTopic.objects.get().name == "Deeskalation I"


def test_an_event_change_is_in_the_history_and_the_audit_log(users, authority):
    topic = make_topic(authority)
    event = TrainingEvent(authority=authority, topic=topic, kind="seminar", title="Alt",
                          held_on="2026-03-10", hours=4, cost=0)
    changes.save_event(users["head"], event, None, [users["counsellor"]])
    event.title = "Neu"
    changes.save_event(users["head"], event, event.version, [users["counsellor"]])
    assert list(event.history.order_by("history_id").values_list("title", flat=True)) == [
        "Alt", "Neu"]
    assert AuditEntry.objects.filter(detail__record="training_event").count() == 2


def test_attendance_needs_the_version_that_was_read(users, authority):
    event = make_event(make_topic(authority), attendees=[(users["counsellor"], "")])
    stale = event.version
    changes.record_attendance(users["head"], event, stale, {users["counsellor"].pk: "excused"})
    with pytest.raises(changes.ConflictError):
        changes.record_attendance(users["head"], TrainingEvent.objects.get(pk=event.pk), stale,
                                  {users["counsellor"].pk: "attended"})
    assert Attendance.objects.get().status == "excused"
    assert Attendance.history.filter(status="excused").count() == 1


def test_a_participant_of_another_authority_is_refused(users, authority, stranger):
    event = TrainingEvent(authority=authority, topic=make_topic(authority), kind="seminar",
                          title="X", held_on="2026-03-10", hours=4, cost=0)
    with pytest.raises(changes.ValidationError):
        changes.save_event(users["head"], event, None, [stranger])
    assert not TrainingEvent.objects.exists()


def test_removing_a_participant_removes_the_attendance_only(users, authority):
    event = make_event(make_topic(authority), attendees=[users["counsellor"], users["caseworker"]])
    changes.save_event(users["head"], event, event.version, [users["caseworker"]])
    assert list(Attendance.objects.values_list("user_id", "status")) == [
        (users["caseworker"].pk, "attended")]


def test_only_the_person_or_the_head_keeps_languages(users, authority):
    from django.core.exceptions import PermissionDenied

    from wegweiser.training.models import LanguageSkill

    skill = LanguageSkill(authority=authority, user=users["counsellor"], language="Farsi",
                          level="B2")
    with pytest.raises(PermissionDenied):
        changes.save_language(users["caseworker"], skill, None)
    changes.save_language(users["counsellor"], skill, None)
    with pytest.raises(PermissionDenied):
        changes.delete_language(users["admin"], skill, skill.version)
    changes.delete_language(users["head"], skill, skill.version)
    assert not LanguageSkill.objects.exists()
