"""Where a missing fact is recorded: the record whose field is unknown, else the assessment
answer that says whether an empty list means "none", else the form that adds a record.

Unknown has three shapes in the case file (screening/frames.py): a field of an existing
record is empty (-> edit that record, or its section on the case page if several could be
meant); a list is empty and nobody has said it is complete (-> the assessment answer, beside
"add one"); a field of the person or the assessment is empty (-> that form, at the field).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.urls import reverse
from django.utils.translation import gettext as _

from wegweiser.cases.models import (
    AsylumProcedure,
    Conviction,
    FamilyLink,
    LivelihoodRecord,
    Person,
    TrainingRecord,
)
from wegweiser.cases.models.assessment import ASSESSMENT_FACT_FIELDS

from .explain import PERSON_FACTS

# Lists that count as "none" when the assessment says so (screening/frames.py).
COMPLETENESS_ANSWERS = {"training": "training_complete", "children": "children_complete",
                        "asylum": "asylum_applied"}
# Lists whose only way from unknown to known is a first record.
ADD_FORMS = {"language": "language", "school": "school", "employments": "employment",
             "training": "training"}
# law feature -> field of the current training record(s) it reads (law/engine/features.py).
TRAINING_FIELDS = {"training_kind": "kind", "training_registered": "contract_registered",
                   "training_bottleneck": "bottleneck_commitment",
                   "training_completed_qualified": "completed",
                   "training_completed_care_aid": "completed", "training_completed_60c": "completed"}


@dataclass(frozen=True)
class FactLink:
    text: str
    url: str


def fact_links(fact: str, features: list[str], person: Person, as_of: date,
               records: list[int] | None = None) -> list[FactLink]:
    """The places to record `fact` (missing because `features` are unknown, or fields of
    `records` of that collection), best first."""
    if records and fact in ADD_FORMS:
        return _one_or_section(person, ADD_FORMS[fact], records)
    if fact in PERSON_FACTS:
        return [_person_form(person, fact)]
    if fact in ASSESSMENT_FACT_FIELDS:
        return [_assessment(person, fact)]
    builders = {"training": _training, "asylum": _asylum, "children": _children,
                "livelihood": _livelihood, "convictions": _convictions}
    if fact in builders:
        return builders[fact](person, features, as_of)
    if fact == "status_periods":
        return [FactLink(_("Statuszeitraum hinzufügen"), reverse("cases:period_add", args=[person.pk]))]
    if fact in ADD_FORMS:
        return [_add(person, fact)]
    return [FactLink(_("in der Akte ansehen"), reverse("cases:detail", args=[person.pk]))]


def _person_form(person: Person, field: str) -> FactLink:
    return FactLink(_("Person bearbeiten"), reverse("cases:edit", args=[person.pk]) + f"#id_{field}")


def _assessment(person: Person, field: str) -> FactLink:
    return FactLink(_("in der rechtlichen Einschätzung beantworten"),
                    reverse("screening:assessment", args=[person.pk]) + f"#id_{field}")


def _add(person: Person, fact: str) -> FactLink:
    return FactLink(_("hinzufügen"), reverse("cases:fact_add", args=[person.pk, ADD_FORMS[fact]]))


def _section(person: Person, anchor: str) -> FactLink:
    return FactLink(_("in der Akte bearbeiten"),
                    reverse("cases:detail", args=[person.pk]) + f"#{anchor}")


def _edit(person: Person, kind_slug: str, pk: int) -> FactLink:
    return FactLink(_("Eintrag bearbeiten"), reverse("cases:fact_edit", args=[person.pk, kind_slug, pk]))


def _one_or_section(person: Person, kind_slug: str, pks: list[int]) -> list[FactLink]:
    if len(pks) == 1:
        return [_edit(person, kind_slug, pks[0])]
    return [_section(person, f"h-{kind_slug}")]


def _training(person: Person, features: list[str], as_of: date) -> list[FactLink]:
    records = list(TrainingRecord.objects.filter(person=person).order_by("start", "pk"))
    if not records:
        return [_assessment(person, COMPLETENESS_ANSWERS["training"]), _add(person, "training")]
    fields = {TRAINING_FIELDS[f] for f in features if f in TRAINING_FIELDS}
    unknown = [r.pk for r in records if any(getattr(r, name) in (None, "") for name in fields)]
    return _one_or_section(person, "training", unknown or [r.pk for r in records])


def _asylum(person: Person, features: list[str], as_of: date) -> list[FactLink]:
    edit = FactLink(_("Asylverfahren bearbeiten"), reverse("cases:asylum_edit", args=[person.pk]))
    if AsylumProcedure.objects.filter(person=person).exists():
        return [edit]
    return [_assessment(person, COMPLETENESS_ANSWERS["asylum"]), edit]


def _children(person: Person, features: list[str], as_of: date) -> list[FactLink]:
    children = FamilyLink.objects.filter(person=person, relation="parent", living_in_household=True)
    undated = list(children.filter(relative__birth_date__isnull=True)
                   .values_list("relative_id", flat=True))
    if len(undated) == 1:
        return [FactLink(_("Geburtsdatum des Kindes erfassen"),
                         reverse("cases:edit", args=[undated[0]]) + "#id_birth_date")]
    if undated:
        return [_section(person, "h-family")]
    return [_assessment(person, COMPLETENESS_ANSWERS["children"]),
            FactLink(_("Familienverknüpfung hinzufügen"), reverse("cases:family_add", args=[person.pk]))]


def _livelihood(person: Person, features: list[str], as_of: date) -> list[FactLink]:
    latest = (LivelihoodRecord.objects.filter(person=person, assessed_on__lte=as_of)
              .order_by("-assessed_on", "-pk").first())
    add = FactLink(_("hinzufügen"), reverse("cases:fact_add", args=[person.pk, "livelihood"]))
    return [_edit(person, "livelihood", latest.pk), add] if latest else [add]


def _convictions(person: Person, features: list[str], as_of: date) -> list[FactLink]:
    if not person.criminal_record_known:
        return [_person_form(person, "criminal_record_known")]
    # With the record evaluated, what stays unknown is when the last entry is erased.
    unknown = list(Conviction.objects.filter(person=person, erasure_date__isnull=True)
                   .values_list("pk", flat=True))
    return _one_or_section(person, "conviction", unknown)
