"""Cases Wegweiser proposes for a conference, computed from the data (one query per source).

Sources (review.models.conference.ProposalSource):
- "may": the latest completed screening run opens discretion (Kann) on a pathway of the office;
- "pending": a pathway is met except for time, within 90 days of the run's date (the
  worklist's "Erfüllt in 90 Tagen");
- "refusal": a refusal waits for four-eyes approval;
- "long_chain": tolerated for five years or more and no pathway of the office met in the latest
  run (the person must have been part of that run);
- "p23a": § 23a (hardship commission) not closed: neither not met, excluded nor expired, and no
  pathway of the office itself met or met within a deadline.

Candidates are not stored: they follow the data (a person whose verdict changed drops out).
A candidate becomes a Proposal row when the head puts it on an agenda or declines it; from then
on the person is not proposed again from the same source (one hearing per matter, as the
Duisburg and Düsseldorf commissions hold it) - a caseworker can still propose the case anew.
Closed files are never proposed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models import ApprovalRequest, Person
from wegweiser.cases.models.decision import ApprovalKind, ApprovalState
from wegweiser.cases.queries import chain_months
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID
from wegweiser.screening import worklist as wl
from wegweiser.screening.models import ScreeningResult, ScreeningRun
from wegweiser.screening.runs import POSITIVE, latest_run

from .models import Proposal
from .models.conference import ProposalSource

S = ProposalSource
SYSTEM_SOURCES = (S.REFUSAL_PENDING, S.PENDING_SOON, S.SCREENING_MAY, S.LONG_CHAIN, S.P23A)
LONG_CHAIN_YEARS = 5
QUESTIONS = {
    S.SCREENING_MAY: _("Ermessen eröffnet (%(norms)s): Soll es zugunsten der Person ausgeübt "
                       "werden?"),
    S.PENDING_SOON: _("Voraussichtlich erfüllt ab %(day)s (%(norms)s): Was ist bis dahin "
                      "vorzubereiten?"),
    S.REFUSAL_PENDING: _("Eine Ablehnung wartet auf Freigabe: Liegt ein Härtefall vor, der eine "
                         "andere Entscheidung trägt?"),
    S.LONG_CHAIN: _("Seit %(day)s geduldet, kein Bleiberechtsweg erfüllt: Welche Perspektive "
                    "gibt es?"),
    S.P23A: _("Härtefallersuchen nach § 23a AufenthG möglich: Soll der Fall der "
              "Härtefallkommission vorgelegt werden?"),
}


@dataclass
class Candidate:
    person_id: int
    source: str
    norms: list[str] = field(default_factory=list)
    day: date | None = None  # "pending": met from; "long_chain": tolerated since
    months: int = 0  # months of toleration: the longest first
    person: Any = None  # filled for the page shown

    @property
    def source_label(self) -> str:
        return str(ProposalSource(self.source).label)

    def question(self) -> str:
        return str(QUESTIONS[ProposalSource(self.source)]) % {
            "norms": ", ".join(self.norms), "day": self.day.strftime("%d.%m.%Y") if self.day else ""}

    def stored_question(self) -> str:
        """Stored in German, like every text of the case file."""
        with translation.override("de"):
            return self.question()


def candidates(authority_id: int, today: date, source: str | None = None,
               person_id: int | None = None) -> list[Candidate]:
    """Every current candidate (optionally of one source or one person), longest toleration
    first within a source, in the order of SYSTEM_SOURCES."""
    run = latest_run(authority_id, done_only=True)
    found: list[Candidate] = []
    for name in SYSTEM_SOURCES:
        if source in (None, name):
            found += COMPUTE[name](authority_id, run, today, person_id)
    return sorted(found, key=lambda c: (SYSTEM_SOURCES.index(ProposalSource(c.source)), -c.months,
                                        c.person_id))


def candidate_for(person: Person, source: str, today: date) -> Candidate | None:
    """The candidate of one person and source, if the data still say so."""
    if source not in SYSTEM_SOURCES:
        return None
    found = candidates(person.authority_id, today, source, person.pk)
    return found[0] if found else None


def counts(found: Iterable[Candidate]) -> dict[str, int]:
    result = dict.fromkeys(SYSTEM_SOURCES, 0)
    for candidate in found:
        result[ProposalSource(candidate.source)] += 1
    return {str(k): v for k, v in result.items()}


def _not_proposed(source: str) -> Any:
    return ~Exists(Proposal.unscoped.filter(person_id=OuterRef("person_id"), source=source))


def _results(run: ScreeningRun, source: str, person_id: int | None) -> QuerySet:
    rows = ScreeningResult.unscoped.filter(run=run, person__closed_on__isnull=True).filter(
        _not_proposed(source))
    return rows.filter(person_id=person_id) if person_id else rows


def _by_person(rows, source: str) -> list[Candidate]:
    """One candidate per person, with the norms of all its matching pathways."""
    found: dict[int, Candidate] = {}
    for row in rows:
        candidate = found.setdefault(row["person_id"], Candidate(
            row["person_id"], source, months=row["toleration_months"] or 0))
        pathway = PATHWAYS_BY_ID.get(row["pathway_id"])
        candidate.norms.append(pathway.norm if pathway else row["pathway_id"])
        if row.get("pending_date") and (candidate.day is None or row["pending_date"] < candidate.day):
            candidate.day = row["pending_date"]
    return list(found.values())


COLUMNS = ("person_id", "pathway_id", "toleration_months")


def _may(authority_id, run, today, person_id) -> list[Candidate]:
    if run is None:
        return []
    rows = _results(run, S.SCREENING_MAY, person_id).filter(verdict="may").exclude(
        pathway_id__in=wl.HARDSHIP_PATHWAYS)
    return _by_person(rows.order_by("person_id", "pathway_id").values(*COLUMNS), S.SCREENING_MAY)


def _pending(authority_id, run, today, person_id) -> list[Candidate]:
    if run is None:
        return []
    rows = _results(run, S.PENDING_SOON, person_id).filter(wl.group_filter("soon", run.as_of))
    return _by_person(rows.order_by("person_id", "pathway_id").values(*COLUMNS, "pending_date"),
                      S.PENDING_SOON)


def _p23a(authority_id, run, today, person_id) -> list[Candidate]:
    if run is None:
        return []
    # The commission is the last resort: a person with a pathway of the office itself open (met
    # or met within a deadline) is helped by that pathway, not by a petition.
    own_way = ScreeningResult.unscoped.filter(
        run=run, person_id=OuterRef("person_id"), verdict__in=(*POSITIVE, "pending_time"),
    ).exclude(pathway_id__in=wl.HARDSHIP_PATHWAYS)
    rows = _results(run, S.P23A, person_id).filter(pathway_id__in=wl.HARDSHIP_PATHWAYS).exclude(
        verdict__in=wl.CLOSED).filter(~Exists(own_way))
    return _by_person(rows.order_by("person_id").values(*COLUMNS), S.P23A)


def _refusals(authority_id, run, today, person_id) -> list[Candidate]:
    rows = ApprovalRequest.unscoped.filter(
        authority_id=authority_id, kind=ApprovalKind.REFUSAL, state=ApprovalState.REQUESTED,
        person__closed_on__isnull=True).filter(_not_proposed(S.REFUSAL_PENDING))
    if person_id:
        rows = rows.filter(person_id=person_id)
    found: dict[int, Candidate] = {}
    for row in rows.order_by("requested_at").values("person_id", "decision__pathway_id"):
        candidate = found.setdefault(row["person_id"], Candidate(row["person_id"], S.REFUSAL_PENDING))
        pathway = PATHWAYS_BY_ID.get(row["decision__pathway_id"] or "")
        if pathway and pathway.norm not in candidate.norms:
            candidate.norms.append(pathway.norm)
    return list(found.values())


def _long_chains(authority_id, run, today, person_id) -> list[Candidate]:
    if run is None:
        return []
    in_run = ScreeningResult.unscoped.filter(run=run, person_id=OuterRef("pk"))
    met = in_run.filter(verdict__in=POSITIVE).exclude(pathway_id__in=wl.HARDSHIP_PATHWAYS)
    persons = Person.unscoped.filter(
        authority_id=authority_id, closed_on__isnull=True,
        duldung_chain_since__lte=_years_before(today, LONG_CHAIN_YEARS),
    ).filter(Exists(in_run), ~Exists(met), ~Exists(Proposal.unscoped.filter(
        person_id=OuterRef("pk"), source=S.LONG_CHAIN)))
    if person_id:
        persons = persons.filter(pk=person_id)
    return [Candidate(p.pk, S.LONG_CHAIN, day=p.duldung_chain_since,
                      months=chain_months(p, today) or 0)
            for p in persons.only("pk", "duldung_chain_since")]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


COMPUTE = {S.SCREENING_MAY: _may, S.PENDING_SOON: _pending, S.P23A: _p23a,
           S.REFUSAL_PENDING: _refusals, S.LONG_CHAIN: _long_chains}


def attach_persons(page: list[Candidate], columns: tuple[str, ...]) -> None:
    """The persons of the candidates shown (one query), with only the columns needed."""
    persons = Person.unscoped.filter(pk__in=[c.person_id for c in page]).only(*columns)
    by_id = {p.pk: p for p in persons}
    for candidate in page:
        candidate.person = by_id.get(candidate.person_id)
