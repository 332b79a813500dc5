"""What one staff member's record and the team page show: history, hours per year, the skills
matrix against the requirements of the role, and the year's plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Exists, Max, OuterRef, Sum
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from .figures import add_months
from .models import Attendance, AttendanceStatus, PlannedTraining, TopicRequirement

DUE_SOON = timedelta(days=90)


@dataclass(frozen=True)
class MatrixRow:
    topic: str
    validity_months: int | None
    last: date | None
    valid_until: date | None
    status: str  # missing, expired, due_soon, valid

    @property
    def label(self) -> str:
        return str(STATUS_LABELS[self.status])


STATUS_LABELS = {"missing": _("fehlt"), "expired": _("wieder fällig"),
                 "due_soon": _("bald fällig"), "valid": _("gültig")}


def history(user):
    return (Attendance.objects.filter(user=user).select_related("event", "event__topic")
            .defer("event__evidence_file").order_by("-event__held_on", "-pk"))


def hours_by_year(user) -> list[tuple[int, object]]:
    rows = (Attendance.objects.filter(user=user, status=AttendanceStatus.ATTENDED)
            .annotate(year=ExtractYear("event__held_on")).values("year")
            .annotate(hours=Sum("event__hours")).order_by("-year"))
    return [(row["year"], row["hours"]) for row in rows]


def last_attended(users, on: date) -> dict[tuple[int, int], date]:
    """(user id, topic id) → the latest attended training on or before `on` (one query)."""
    rows = (Attendance.objects.filter(user__in=users, status=AttendanceStatus.ATTENDED,
                                      event__held_on__lte=on)
            .values("user_id", "event__topic_id").annotate(last=Max("event__held_on")))
    return {(row["user_id"], row["event__topic_id"]): row["last"] for row in rows}


def requirements_by_role(authority_id: int) -> dict[str, list[TopicRequirement]]:
    grouped: dict[str, list[TopicRequirement]] = {}
    for requirement in TopicRequirement.objects.filter(authority_id=authority_id).select_related(
            "topic"):
        grouped.setdefault(requirement.role, []).append(requirement)
    return grouped


def matrix_row(requirement: TopicRequirement, last: date | None, on: date) -> MatrixRow:
    months = requirement.validity_months
    valid_until = add_months(last, months) if last and months else None
    if last is None:
        status = "missing"
    elif valid_until is not None and valid_until < on:
        status = "expired"
    elif valid_until is not None and valid_until - on <= DUE_SOON:
        status = "due_soon"
    else:
        status = "valid"
    return MatrixRow(topic=requirement.topic.name, validity_months=months, last=last,
                     valid_until=valid_until, status=status)


def skills_matrix(user, on: date) -> list[MatrixRow]:
    requirements = requirements_by_role(user.authority_id).get(user.role, [])
    last = last_attended([user], on)
    return [matrix_row(r, last.get((user.pk, r.topic_id)), on) for r in requirements]


def team_matrix(members, on: date) -> dict[int, list[MatrixRow]]:
    """Each member's matrix rows, from two queries for the whole team."""
    members = list(members)
    if not members:
        return {}
    requirements = requirements_by_role(members[0].authority_id)
    last = last_attended(members, on)
    return {m.pk: [matrix_row(r, last.get((m.pk, r.topic_id)), on)
                   for r in requirements.get(m.role, [])] for m in members}


def plan(users, year: int):
    """Planned trainings of the year, each marked done when a training of the topic was
    attended that year."""
    done = Attendance.objects.filter(user=OuterRef("user"), event__topic=OuterRef("topic"),
                                     status=AttendanceStatus.ATTENDED,
                                     event__held_on__year=year)
    return (PlannedTraining.objects.filter(user__in=users, year=year)
            .select_related("user", "topic").annotate(done=Exists(done)))
