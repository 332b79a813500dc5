"""Who a mail run writes to: a group of a finished screening run, or a constellation."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wegweiser.cases.models import Person
from wegweiser.review import constellations
from wegweiser.review.models import Constellation
from wegweiser.screening.models import ScreeningResult, ScreeningRun
from wegweiser.screening.runs import POSITIVE
from wegweiser.screening.worklist import HARDSHIP_PATHWAYS, group_filter

from .composer import Pathway

# key -> (label, the worklist's group whose results the letter names)
GROUPS = {
    "met_now": (_("Jetzt erfüllt"), "met"),
    "soon": (_("Erfüllt in 90 Tagen"), "soon"),
    "missing": (_("Angaben fehlen oder unbekannt"), "missing"),
    "constellation": (_("Fallkonstellation"), None),
}
# For a constellation the letter names every pathway that may be open.
OPEN = Q(verdict__in=[*POSITIVE, "pending_time", "unknown"]) & ~Q(pathway_id__in=HARDSHIP_PATHWAYS)


def reason_for(group: str, constellation: Constellation | None) -> str:
    return f"constellation:{constellation.pk}" if group == "constellation" and constellation else group


def selected(run: ScreeningRun, group: str,
             constellation: Constellation | None) -> tuple[list[Person], dict[int, list[Pathway]]]:
    """The persons of the group (open files only) and, per person, the pathways to name."""
    results = ScreeningResult.unscoped.filter(run=run, person__closed_on__isnull=True)
    if group == "constellation":
        assert constellation is not None
        ids = constellations.matching_person_ids(constellation, as_of=run.as_of)
        results = results.filter(OPEN, person_id__in=ids)
    else:
        ids = None
        results = results.filter(group_filter(GROUPS[group][1] or "met", run.as_of))
    pathways: dict[int, list[Pathway]] = {}
    for person_id, pathway_id, verdict, pending in results.values_list(
            "person_id", "pathway_id", "verdict", "pending_date"):
        pathways.setdefault(person_id, []).append(Pathway(pathway_id, verdict, pending))
    wanted = set(pathways) if ids is None else set(ids)
    persons = list(Person.unscoped.filter(authority_id=run.authority_id, pk__in=wanted,
                                          closed_on__isnull=True))
    return persons, pathways
