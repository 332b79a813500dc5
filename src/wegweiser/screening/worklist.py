"""The worklist: stored verdicts of the latest run, grouped, filtered, sorted and counted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.conf import settings
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.web.charts import BarChart, bar_chart

from .models import ScreeningResult, ScreeningRun
from .runs import POSITIVE, changes

HORIZON_DAYS = 90
StrOrPromise = str | Promise
CLOSED = ("not_met", "blocked", "expired")
BANDS = [(0, 12, _("unter 1 Jahr")), (12, 36, _("1 bis 3 Jahre")), (36, 72, _("3 bis 6 Jahre")),
         (72, 96, _("6 bis 8 Jahre")), (96, None, _("8 Jahre und länger"))]


@dataclass(frozen=True)
class Group:
    key: str
    label: StrOrPromise
    description: StrOrPromise


# § 23a is no title the office grants itself: the hardship commission may ask for one (an
# "Ersuchen"). Met by most tolerated persons, it would drown the titles in "Jetzt erfüllt".
HARDSHIP_PATHWAYS = ("p23a",)

GROUPS = [
    Group("met", _("Jetzt erfüllt"), _("Titel der Behörde: Anspruch und Soll zuerst, dann Ermessen")),
    Group("soon", _("Erfüllt in 90 Tagen"), _("alle Voraussetzungen bis auf eine Frist")),
    Group("deadline", _("Frist in 90 Tagen"), _("eine erfüllte Voraussetzung entfällt bald")),
    Group("missing", _("Angaben fehlen"), _("das Ergebnis hängt an fehlenden Angaben")),
    Group("hardship", _("Härtefallersuchen möglich"),
          _("§ 23a: kein Titel der Behörde – die Härtefallkommission kann um einen ersuchen")),
]


def group_filter(key: str, as_of: date) -> Q:
    horizon = as_of + timedelta(days=HORIZON_DAYS)
    hardship = Q(pathway_id__in=HARDSHIP_PATHWAYS)
    return {
        "met": Q(verdict__in=POSITIVE) & ~hardship,
        "soon": Q(verdict="pending_time", pending_date__lte=horizon),
        "deadline": Q(deadline__gte=as_of, deadline__lte=horizon) & ~Q(verdict__in=CLOSED),
        "missing": Q(verdict="unknown"),
        "hardship": Q(verdict__in=POSITIVE) & hardship,
    }[key]


def scope_filter(scope: str) -> Q:
    """Default: continuously tolerated for at least the configured months, or § 104c holders."""
    if scope == "all":
        return Q()
    return Q(toleration_months__gte=settings.WEGWEISER_LONG_TERM_DULDUNG_MONTHS) | Q(
        p104c_holder=True)


class WorklistForm(forms.Form):
    SORTS = [("verdict", _("Ergebnis (Anspruch zuerst)")), ("name", _("Name")),
             ("file_number", _("Aktenzeichen")), ("toleration", _("Dauer der Duldung")),
             ("date", _("Datum (frühestes zuerst)"))]
    group = forms.ChoiceField(label=_("Gruppe"), required=False, widget=forms.HiddenInput,
                              choices=[(g.key, g.label) for g in GROUPS])
    pathway = forms.ChoiceField(label=_("Bleiberechtsweg"), required=False,
                                choices=[("", _("alle")), *((p.id, p.norm) for p in ALL_PATHWAYS)])
    scope = forms.ChoiceField(label=_("Personenkreis"), required=False, choices=[
        ("", _("Kettenduldung ab Schwelle und § 104c")), ("all", _("alle Personen"))])
    change = forms.ChoiceField(label=_("Veränderung"), required=False, choices=[
        ("", _("alle")), ("new", _("neu seit dem letzten Lauf")), ("gone", _("nicht mehr"))])
    mine = forms.BooleanField(label=_("nur meine Fälle"), required=False)
    sort = forms.ChoiceField(label=_("Sortierung"), required=False, choices=SORTS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.Select):
                field.widget.attrs["class"] = "kern-form-input__select"
            elif isinstance(field.widget, forms.CheckboxInput):
                field.widget.attrs["class"] = "kern-form-check__checkbox"


VERDICT_RANK = Case(*(When(verdict=v, then=Value(i)) for i, v in enumerate(POSITIVE)),
                    default=Value(9), output_field=IntegerField())
ORDER: dict[str, list] = {
    "verdict": [VERDICT_RANK.asc(), "person__family_name", "pk"],
    "name": ["person__family_name", "person__given_names", "pk"],
    "file_number": ["person__file_number", "pk"],
    "toleration": ["-toleration_months", "pk"],
}


def _order(sort: str, group: str) -> list:
    if sort == "date" or (not sort and group in ("soon", "deadline")):
        return ["deadline" if group == "deadline" else "pending_date", "pk"]
    return ORDER.get(sort or "verdict", ORDER["verdict"])


def base_rows(run: ScreeningRun, data: dict, user) -> QuerySet[ScreeningResult]:
    """Rows of the run (or, for "nicht mehr", of the previous run) after every filter but group."""
    change = data.get("change") or ""
    rows = changes(run, change) if change else ScreeningResult.objects.filter(run=run)
    rows = rows.filter(scope_filter(data.get("scope") or ""))
    if data.get("pathway"):
        rows = rows.filter(pathway_id=data["pathway"])
    if data.get("mine"):
        rows = rows.filter(person__assigned_to=user)
    return rows


@dataclass(frozen=True)
class GroupCount:
    group: Group
    persons: int  # persons with at least one result in the group
    results: int  # results in the group: one per person and pathway

    @property
    def key(self) -> str:
        return self.group.key


def group_counts(rows: QuerySet[ScreeningResult], as_of: date) -> list[GroupCount]:
    """Persons and results (person × pathway) per group, in one query."""
    aggregates = {}
    for g in GROUPS:
        where = group_filter(g.key, as_of)
        aggregates[f"{g.key}_results"] = Count("pk", filter=where)
        aggregates[f"{g.key}_persons"] = Count("person_id", filter=where, distinct=True)
    counts = rows.aggregate(**aggregates)
    return [GroupCount(g, counts[f"{g.key}_persons"], counts[f"{g.key}_results"]) for g in GROUPS]


def listed(rows: QuerySet[ScreeningResult], data: dict, as_of: date) -> QuerySet[ScreeningResult]:
    group = data.get("group") or "met"
    if not data.get("change"):
        rows = rows.filter(group_filter(group, as_of))
    return rows.select_related("person").order_by(*_order(data.get("sort") or "", group))


def met_by_pathway(rows: QuerySet[ScreeningResult]) -> dict[str, int]:
    """Persons for whom each pathway is met now (one result per person and pathway)."""
    return dict(rows.filter(verdict__in=POSITIVE).values_list("pathway_id")
                .annotate(n=Count("pk")).values_list("pathway_id", "n"))


def pathway_chart(rows: QuerySet[ScreeningResult]) -> BarChart:
    met = met_by_pathway(rows)
    data = [(p.norm, met.get(p.id, 0)) for p in ALL_PATHWAYS if p.id not in HARDSHIP_PATHWAYS]
    return bar_chart(data, title=str(_("Jetzt erfüllt, nach Bleiberechtsweg (ohne § 23a)")),
                     unit=str(_("Personen")))


def toleration_chart(rows: QuerySet[ScreeningResult]) -> BarChart:
    aggregates = {}
    for i, (low, high, _label) in enumerate(BANDS):
        band = Q(toleration_months__gte=low)
        if high is not None:
            band &= Q(toleration_months__lt=high)
        aggregates[f"b{i}"] = Count("person_id", distinct=True, filter=band)
    counts = rows.aggregate(**aggregates)
    return bar_chart([(str(label), counts[f"b{i}"]) for i, (_low, _high, label) in enumerate(BANDS)],
                     title=str(_("Personen nach Dauer der Kettenduldung")), unit=str(_("Personen")))
