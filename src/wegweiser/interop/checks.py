"""Rules across the values of one case, the same for every file format."""

from collections.abc import Callable
from datetime import date

from django.utils.translation import gettext as _

from wegweiser.cases.models import StatusKind, StatusPeriod
from wegweiser.cases.models.status import DULDUNG_KINDS
from wegweiser.cases.validation import (
    PeriodLike,
    asylum_ground_problems,
    period_problems,
    person_problems,
    record_problems,
    split_grounds,
)

from .spec import COLLECTIONS, ParsedCase, model_value_problem
from .values import Problem

# label(field, period) names the column (CSV heading or JSON path) for the report.
Labeller = Callable[[str, dict | None], str]


def check_case(case: ParsedCase, today: date, label: Labeller) -> list[Problem]:
    problems = _person_problems(case, today, label)
    for period in case.periods or []:
        problems += _period_problems(case, period, label)
    problems += _overlaps(case, today, label)
    problems += _record_problems(case, today)
    problems += _asylum_problems(case)
    return problems


def _asylum_problems(case: ParsedCase) -> list[Problem]:
    """The grounds come only from JSON files, so the column is the JSON path."""
    asylum = case.asylum or {}
    text = asylum.get("manifestly_unfounded_ground") or ""
    decided = asylum.get("decision_date") or asylum.get("final_date")
    return [Problem(case.source, "asylum.manifestly_unfounded_ground", text, message)
            for message in asylum_ground_problems(split_grounds(text), decided)]


def _person_problems(case: ParsedCase, today: date, label: Labeller) -> list[Problem]:
    """The rules the person form applies too (cases.validation), with the same words."""
    return [Problem(case.source, label(field, None), _text(case.person.get(field)), message)
            for field, message in person_problems(case.person, today)]


def _period_problems(case: ParsedCase, period: dict, label: Labeller) -> list[Problem]:
    row, problems = period.get("_row", case.source), []

    def add(field: str, message: str) -> None:
        problems.append(Problem(row, label(field, period), str(period.get(field) or ""), message))

    for field in ("legal_basis", "azr_reason_code", "note"):
        if message := model_value_problem(StatusPeriod, field, period.get(field)):
            add(field, message)
    if period["kind"] == StatusKind.RESIDENCE_PERMIT and not period.get("legal_basis"):
        add("legal_basis", _("Eine Aufenthaltserlaubnis braucht ihre Rechtsgrundlage."))
    if period.get("azr_reason_code") and period["kind"] not in DULDUNG_KINDS:
        add("azr_reason_code", _("Ein Duldungsgrund passt nur zu einer Duldung."))
    return problems


def _record_problems(case: ParsedCase, today: date) -> list[Problem]:
    """Facts come only from JSON files, so the column is the JSON path."""
    problems = []
    for key, rows in case.collections.items():
        model_name = COLLECTIONS[key].model._meta.model_name
        for i, row in enumerate(rows or []):
            for field, message in record_problems(model_name, row, today):
                problems.append(Problem(case.source, f"facts.{key}[{i}].{field}",
                                        _text(row.get(field)), message))
    return problems


def _text(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _overlaps(case: ParsedCase, today: date, label: Labeller) -> list[Problem]:
    """Each period against the ones before it, with the rules the case file itself uses."""
    problems: list[Problem] = []
    earlier: list[PeriodLike] = []
    for period in sorted(case.periods or [], key=lambda p: p.get("_row", 0)):
        candidate = PeriodLike(period["start"], period["end"])
        for message in period_problems(candidate, earlier, today):
            problems.append(Problem(
                period.get("_row", case.source), label("start", period),
                period["start"].isoformat(), message,
            ))
        earlier.append(candidate)
    return problems
