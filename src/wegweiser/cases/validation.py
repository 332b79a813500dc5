"""Rules a status history and a training record must obey, with messages a caseworker
understands (shared by the forms, cases.services and the import)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _

EARLIEST = date(1950, 1, 1)


@dataclass(frozen=True)
class PeriodLike:
    start: date
    end: date | None
    pk: int | None = None


def period_problems(candidate: PeriodLike, others: Iterable[PeriodLike], today: date) -> list[str]:
    """Everything wrong with adding `candidate` beside `others` (empty list: fine)."""
    problems = []
    if candidate.start < EARLIEST:
        problems.append(_("Der Beginn liegt vor 1950; bitte das Datum prüfen."))
    if candidate.end is not None and candidate.end < candidate.start:
        problems.append(_("Das Ende liegt vor dem Beginn."))
    if candidate.start > today + timedelta(days=5 * 366):
        problems.append(_("Der Beginn liegt mehr als fünf Jahre in der Zukunft."))
    for other in others:
        if other.pk is not None and other.pk == candidate.pk:
            continue
        if _overlap(candidate, other):
            problems.append(
                _("Der Zeitraum überschneidet sich mit dem Zeitraum %(start)s bis %(end)s.")
                % {"start": _fmt(other.start), "end": _fmt(other.end) if other.end else _("offen")}
            )
    return problems


def _overlap(a: PeriodLike, b: PeriodLike) -> bool:
    a_end = a.end or date.max
    b_end = b.end or date.max
    return a.start <= b_end and b.start <= a_end


def _fmt(day: date) -> str:
    return date_format(day, "d.m.Y")


def training_problems(start: date | None, end: date | None, kind: str, completed: bool | None,
                      bottleneck_commitment: bool | None, today: date) -> list[tuple[str, str]]:
    """(field, message) for each contradiction in one training record (empty list: fine)."""
    problems = []
    if start and end and end < start:
        problems.append(("end", _("Das Ende liegt vor dem Beginn.")))
    if completed is True and (end is None or end > today):
        problems.append(("completed", _(
            "Eine abgeschlossene Ausbildung braucht ein Ende, das nicht in der Zukunft liegt.")))
    if bottleneck_commitment is not None and kind in ("qualified", "other"):
        problems.append(("bottleneck_commitment", _(
            "Die Zusage für eine Ausbildung in einem Engpassberuf gehört nur zu einer Assistenz- "
            "oder Helferausbildung (§ 60c Abs. 1 Satz 1 AufenthG).")))
    return problems
