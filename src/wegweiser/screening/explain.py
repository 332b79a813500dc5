"""What a verdict rests on, in the caseworker's words: facts behind features, what is missing.

The law reports, per criterion, the *features* it used (e.g. ``dul_start``).  Here each
feature is traced back to the fact of the case file it comes from, so that "Angaben fehlen"
can name the missing fact and offer a follow-up for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext as _

from wegweiser.cases.models import Employment, Person, SchoolRecord
from wegweiser.law.engine.expr import Env
from wegweiser.law.engine.logic import CriterionResult, Tri
from wegweiser.law.engine.record_variants import deciding_variants, undecided
from wegweiser.law.statute import declarations
from wegweiser.law.statute.criteria import Criterion, Kind
from wegweiser.law.statute.pathways.base import Entitlement

from .facts import CRIMINAL_FACTS

# Facts of the case file the explanation can name (law.declarations: one list for all).
PERSON_FACTS = tuple(f.name for f in declarations.FACTS if f.where is declarations.Where.PERSON)
KIND_TEXT = {
    Kind.SCOPE: gettext_lazy("zwingende Voraussetzung"),  # Personenkreis (law.statute.criteria.Kind)
    Kind.HARD: gettext_lazy("zwingende Voraussetzung"),
    Kind.REGULAR: gettext_lazy("Regelvoraussetzung"),
    Kind.EXCLUSION: gettext_lazy("Ausschlussgrund"),
    Kind.WAIVABLE: gettext_lazy("Ermessensausnahme möglich"),
    Kind.UPGRADE: gettext_lazy("hebt Kann zu Soll"),
    Kind.DISCRETION_FACTOR: gettext_lazy("Ermessensgesichtspunkt"),
}
CONSEQUENCE_TEXT = {
    Entitlement.BOUND: gettext_lazy("Anspruch – gebundene Entscheidung („ist zu erteilen“)"),
    Entitlement.SHOULD: gettext_lazy("Soll-Vorschrift – in der Regel zu erteilen"),
    Entitlement.MAY: gettext_lazy("Kann-Vorschrift – Ermessen"),
}
STATUS_TEXT = {Tri.MET: gettext_lazy("erfüllt"), Tri.NOT_MET: gettext_lazy("nicht erfüllt"),
               Tri.UNKNOWN: gettext_lazy("offen")}


def fact_of(feature: str) -> str:
    return declarations.fact_of_feature(feature)


def fact_label(fact: str) -> str:
    declared = declarations.BY_NAME.get(fact)
    return gettext(declared.label) if declared else fact


def known_fact(fact: str) -> bool:
    declared = declarations.BY_NAME.get(fact)
    return declared is not None and declared.where in declarations.RECORDABLE


def is_criminal(result: CriterionResult) -> bool:
    return any(fact_of(f) in CRIMINAL_FACTS for f in result.facts_used)


@dataclass
class CriterionRow:
    criterion: Criterion
    result: CriterionResult
    kind_text: str
    status_text: str
    facts: list[str]
    hidden: bool  # criminal-record detail the viewer may not see


def criterion_rows(criteria: tuple[Criterion, ...], results: tuple[CriterionResult, ...],
                   show_criminal: bool) -> list[CriterionRow]:
    by_id = {r.criterion_id: r for r in results}
    rows = []
    for criterion in criteria:
        result = by_id[criterion.id]
        facts = sorted({fact_label(fact_of(f)) for f in result.facts_used})
        rows.append(CriterionRow(criterion, result, str(KIND_TEXT[criterion.kind]),
                                 str(STATUS_TEXT[result.status]), facts,
                                 hidden=is_criminal(result) and not show_criminal))
    return rows


@dataclass
class MissingFact:
    key: str
    label: str
    norms: list[str]
    features: list[str] = field(default_factory=list)  # the law's unknown features behind it
    records: list[int] = field(default_factory=list)  # pks of the records whose fields are unknown


def missing_facts(results: list[tuple[Criterion, CriterionResult]], features: dict[str, Any],
                  show_criminal: bool) -> list[MissingFact]:
    """Facts whose absence leaves an open criterion open (feature value None)."""
    found: dict[str, MissingFact] = {}
    for criterion, result in results:
        if result.status is not Tri.UNKNOWN:
            continue
        for feature in result.facts_used:
            fact = fact_of(feature)
            if features.get(feature, 0) is not None or not known_fact(fact):
                continue
            if fact in CRIMINAL_FACTS and not show_criminal:
                continue
            entry = found.setdefault(fact, MissingFact(fact, fact_label(fact), []))
            if criterion.norm not in entry.norms:
                entry.norms.append(criterion.norm)
            if feature not in entry.features:
                entry.features.append(feature)
    return sorted(found.values(), key=lambda m: m.label)


# Collections whose records hold the fields the law's variants read (law/engine/record_variants.py).
RECORD_MODELS = {"employments": (Employment, gettext_lazy("Beschäftigung")),
                 "school": (SchoolRecord, gettext_lazy("Schulbesuch"))}


def undecided_record_facts(results: list[tuple[Criterion, CriterionResult]],
                           features: dict[str, Any], person: Person, env: Env) -> list[MissingFact]:
    """Records with an unknown field that could decide an open criterion, one line per record
    (e.g. "Beschäftigung ab 01.02.2023: sozialversicherungspflichtig unbekannt")."""
    records: dict[str, list[Any]] = {}
    fields: dict[Any, dict[str, None]] = {}  # record -> unknown fields, in the law's order
    found: dict[Any, MissingFact] = {}
    for criterion, result in results:
        if result.status is not Tri.UNKNOWN:
            continue
        for variants in deciding_variants(criterion.test, features, env):
            if variants.collection not in RECORD_MODELS:
                continue
            if variants.collection not in records:
                model = RECORD_MODELS[variants.collection][0]
                records[variants.collection] = list(
                    model.objects.filter(person=person).order_by("start", "pk"))
            for record, unknown in undecided(variants, records[variants.collection], features, env):
                fields.setdefault(record, {}).update(dict.fromkeys(unknown))
                entry = found.setdefault(record, MissingFact(variants.collection, "", [],
                                                             records=[record.pk]))
                if criterion.norm not in entry.norms:
                    entry.norms.append(criterion.norm)
    for record, entry in found.items():
        names = [str(record._meta.get_field(name).verbose_name) for name in fields[record]]
        entry.label = _("%(record)s ab %(start)s: %(fields)s unbekannt") % {
            "record": RECORD_MODELS[entry.key][1], "start": record.start.strftime("%d.%m.%Y"),
            "fields": ", ".join(names)}
    return [found[r] for r in sorted(found, key=lambda r: (r.start, r.pk))]


def follow_up_reason(fact: str) -> str:
    return _("Angabe fehlt für die Bleiberechtsprüfung: %(fact)s") % {"fact": fact_label(fact)}


def as_of_or_today(raw: str | None, today: date) -> date:
    try:
        return date.fromisoformat(raw) if raw else today
    except ValueError:
        return today
