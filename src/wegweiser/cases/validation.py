"""Rules a status history and a training record must obey, with messages a caseworker
understands (shared by the forms, cases.services and the import)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wegweiser.law.asylum import GROUNDS, NEW, OLD, OLD_LIST_UNTIL

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


# Several grounds of one decision are stored in one text, joined as law/asylum.py reads them:
# "§ 29a AsylG, § 30 Abs. 3 Nr. 5 AsylG a.F." (no ground contains a comma).
GROUND_SEPARATOR = ", "


def split_grounds(text: str | None) -> list[str]:
    return [ground.strip() for ground in (text or "").split(",") if ground.strip()]


def join_grounds(grounds: Iterable[str]) -> str:
    """Known grounds in the order of the choice list, each once; unknown ones after them."""
    order = {ground.code: i for i, ground in enumerate(GROUNDS)}
    unique = dict.fromkeys(g.strip() for g in grounds if g.strip())
    return GROUND_SEPARATOR.join(sorted(unique, key=lambda g: order.get(g, len(order))))


def asylum_ground_problems(grounds: list[str], decided: date | None) -> list[str]:
    """Messages for grounds law/asylum.py could not read for this decision (empty: fine).

    § 30 AsylG was renumbered for rejections after 27.02.2024 (§ 104 Abs. 19 AufenthG): the
    old numbering (a.F.) belongs to decisions up to that day, the new one to later decisions;
    the law cannot tell a ground of the other numbering.  § 29a AsylG belongs to both.
    """
    version = {ground.code: ground.version for ground in GROUNDS}
    unknown = [g for g in grounds if g not in version]
    if unknown:
        return [_("Unbekannter Grund: %(grounds)s. Möglich sind nur die Gründe der Liste "
                  "(§ 29a AsylG, § 30 AsylG in alter oder neuer Fassung), z. B. "
                  "„§ 30 Abs. 1 Nr. 3 AsylG“.") % {"grounds": "; ".join(unknown)}]
    old = [g for g in grounds if version[g] == OLD]
    new = [g for g in grounds if version[g] == NEW]
    if old and new:
        return [_("Bitte nicht alte (a.F.) und neue Nummerierung des § 30 AsylG mischen: "
                  "eine Entscheidung bis 27.02.2024 nennt § 30 AsylG a.F., eine spätere "
                  "§ 30 Abs. 1 n.F.")]
    if decided and old and decided > OLD_LIST_UNTIL:
        return [_("Gründe nach § 30 AsylG a.F. gelten nur für Entscheidungen bis 27.02.2024; "
                  "für eine Entscheidung vom %(day)s bitte die neue Nummerierung "
                  "(§ 30 Abs. 1 AsylG) wählen.") % {"day": _fmt(decided)}]
    if decided and new and decided <= OLD_LIST_UNTIL:
        return [_("Für eine Entscheidung bis 27.02.2024 (hier %(day)s) gilt die alte "
                  "Nummerierung: bitte einen Grund nach § 30 AsylG a.F. wählen.")
                % {"day": _fmt(decided)}]
    return []
