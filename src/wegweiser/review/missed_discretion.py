"""Missed discretion: persons whose last decision was a refusal although the latest screening
run now shows a title the office may grant (entitlement, should or may; § 23a left out - the
office cannot grant it on its own)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef, QuerySet, Window
from django.db.models.functions import FirstValue, RowNumber

from wegweiser.cases.models import Decision, Person
from wegweiser.cases.models.decision import Outcome
from wegweiser.review.models import Proposal
from wegweiser.review.models.conference import ProposalStatus
from wegweiser.screening.models import ScreeningResult, ScreeningRun
from wegweiser.screening.runs import POSITIVE
from wegweiser.screening.worklist import HARDSHIP_PATHWAYS


def latest_run() -> ScreeningRun | None:
    return ScreeningRun.objects.filter(status="done").order_by("-pk").first()


def _now_open(run: ScreeningRun) -> QuerySet[ScreeningResult]:
    return (ScreeningResult.objects.filter(run=run, verdict__in=POSITIVE)
            .exclude(pathway_id__in=HARDSHIP_PATHWAYS))


def last_refusals(run: ScreeningRun) -> QuerySet[Decision]:
    """Each listed person's last decision, a refusal - latest first (one query).

    A window numbers each person's decisions from the latest; withdrawals are no decisions.
    """
    latest_first = [F("decided_on").desc(), F("pk").desc()]
    return (Decision.objects.exclude(outcome=Outcome.WITHDRAWN)
            .filter(Exists(_now_open(run).filter(person=OuterRef("person_id"))))
            .annotate(place=Window(RowNumber(), partition_by=[F("person_id")],
                                   order_by=latest_first),
                      last_outcome=Window(FirstValue("outcome"), partition_by=[F("person_id")],
                                          order_by=latest_first))
            .filter(place=1, last_outcome=Outcome.REFUSED)
            .values("pk").order_by("-decided_on", "-pk"))


@dataclass(frozen=True)
class Entry:
    person: Person
    refusal: Decision
    open_now: list[ScreeningResult]
    proposed: bool  # already proposed for a conference, not yet dealt with

    @property
    def same_norm_open(self) -> bool:
        """The refused norm itself is open now (not only another one)."""
        return any(r.pathway_id == self.refusal.pathway_id for r in self.open_now)


def entries(run: ScreeningRun, page: list[dict]) -> list[Entry]:
    """The rows of one page of `last_refusals`: three queries, whatever the page size."""
    refusals = Decision.objects.select_related("person").in_bulk([row["pk"] for row in page])
    ids = [refusals[row["pk"]].person_id for row in page]
    results: dict[int, list[ScreeningResult]] = {pk: [] for pk in ids}
    for result in _now_open(run).filter(person_id__in=ids).order_by("pathway_id"):
        results[result.person_id].append(result)
    proposed = set(Proposal.objects.filter(person_id__in=ids, status__in=(
        ProposalStatus.OPEN, ProposalStatus.ON_AGENDA)).values_list("person_id", flat=True))
    return [Entry(refusals[row["pk"]].person, refusals[row["pk"]],
                  results[refusals[row["pk"]].person_id],
                  refusals[row["pk"]].person_id in proposed) for row in page]
