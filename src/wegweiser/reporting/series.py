"""The figures behind the charts: per month, per norm, per town - each one grouped query."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import formats

from wegweiser.accounts.models import Municipality
from wegweiser.law.statute.pathways import ALL_PATHWAYS

from .kpis.integration import applications, grants, long_term_filter, run_results
from .kpis.registry import Period

Rows = list[tuple[str, int]]


def month_label(month: date) -> str:
    return formats.date_format(month, "M Y")


def per_month(rows: QuerySet, field: str, period: Period) -> Rows:
    counts = {m: n for m, n in rows.annotate(month=TruncMonth(field)).values_list("month")
              .annotate(n=Count("pk")).values_list("month", "n")}
    return [(month_label(m), counts.get(m, 0)) for m in period.months()]


def per_norm(rows: QuerySet) -> Rows:
    counts = dict(rows.values_list("pathway_id").annotate(n=Count("pk"))
                  .values_list("pathway_id", "n"))
    return [(p.norm, counts[p.id]) for p in ALL_PATHWAYS if counts.get(p.id)]


def per_town(authority_id: int, rows: QuerySet, person_path: str, distinct: bool) -> Rows:
    """Counts per municipality of residence; every town of the authority is listed."""
    field = f"{person_path}municipality__name"
    counted = Count("person_id", distinct=True) if distinct else Count("pk")
    counts = dict(rows.values_list(field).annotate(n=counted).values_list(field, "n"))
    towns = Municipality.objects.filter(authority_id=authority_id).values_list("name", flat=True)
    return [(town, counts.get(town, 0)) for town in towns]


def applications_per_month(authority_id: int, period: Period) -> Rows:
    return per_month(applications(authority_id, period), "received_on", period)


def grants_per_month(authority_id: int, period: Period) -> Rows:
    return per_month(grants(authority_id, period), "decided_on", period)


def grants_per_norm(authority_id: int, period: Period) -> Rows:
    return per_norm(grants(authority_id, period))


def applications_per_norm(authority_id: int, period: Period) -> Rows:
    return per_norm(applications(authority_id, period))


def long_term_tolerated_per_town(authority_id: int, period: Period) -> Rows:
    rows = run_results(authority_id, period).filter(long_term_filter())
    return per_town(authority_id, rows, "person__", distinct=True)


def grants_per_town(authority_id: int, period: Period) -> Rows:
    return per_town(authority_id, grants(authority_id, period), "person__", distinct=False)
