"""The figures behind the charts: per month, per norm, per town - each one grouped query."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from django.utils import formats

from wegweiser.accounts.models import Municipality
from wegweiser.law.statute.pathways import ALL_PATHWAYS

from .kpis.integration import Group, application_groups, grant_groups, long_term_per_town
from .kpis.registry import Period, shared

Rows = list[tuple[str, int]]


def month_label(month: date) -> str:
    return formats.date_format(month, "M Y")


def _sum_by(groups: list[Group], index: int) -> dict:
    totals: dict = defaultdict(int)
    for group in groups:
        totals[group[index]] += group[3]
    return totals


def _months(groups: list[Group], period: Period) -> Rows:
    counts = _sum_by(groups, 0)
    return [(month_label(m), counts.get(m, 0)) for m in period.months()]


def _norms(groups: list[Group]) -> Rows:
    counts = _sum_by(groups, 1)
    return [(p.norm, counts[p.id]) for p in ALL_PATHWAYS if counts.get(p.id)]


def _town_list(authority_id: int) -> list[tuple[int, str]]:
    """The authority's towns (id, name) by name, read once per snapshot."""
    return shared(("towns", authority_id), lambda: list(
        Municipality.objects.filter(authority_id=authority_id).values_list("pk", "name")))


def _towns(authority_id: int, groups: list[Group]) -> Rows:
    counts = _sum_by(groups, 2)
    towns = _town_list(authority_id)
    by_name: dict[str, int] = defaultdict(int)
    for pk, name in towns:
        by_name[name] += counts.get(pk, 0)
    return [(name, by_name[name]) for name in dict.fromkeys(name for _pk, name in towns)]


def applications_per_month(authority_id: int, period: Period) -> Rows:
    return _months(application_groups(authority_id, period), period)


def grants_per_month(authority_id: int, period: Period) -> Rows:
    return _months(grant_groups(authority_id, period), period)


def grants_per_norm(authority_id: int, period: Period) -> Rows:
    return _norms(grant_groups(authority_id, period))


def applications_per_norm(authority_id: int, period: Period) -> Rows:
    return _norms(application_groups(authority_id, period))


def long_term_tolerated_per_town(authority_id: int, period: Period) -> Rows:
    counts = long_term_per_town(authority_id, period)
    names = dict.fromkeys(name for _pk, name in _town_list(authority_id))
    return [(town, counts.get(town, 0)) for town in names]


def grants_per_town(authority_id: int, period: Period) -> Rows:
    return _towns(authority_id, grant_groups(authority_id, period))
