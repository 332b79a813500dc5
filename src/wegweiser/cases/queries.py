"""Read-side queries of the case list: search, filters, sorting (no N+1)."""

from datetime import date

from django.db.models import Q, QuerySet

from .derived import months_between
from .models import Person
from .names import query_keys


def shift_months(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    last_day = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]
    return date(year, month + 1, min(day.day, last_day))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def search(queryset: QuerySet[Person], text: str) -> QuerySet[Person]:
    """File number (prefix) or every name token, transliteration-tolerant."""
    text = text.strip()
    if not text:
        return queryset
    # File numbers are stored in capitals; a case-sensitive prefix can use the pattern index.
    by_file_number = Q(file_number__startswith=text) | Q(file_number__startswith=text.upper())
    keys = query_keys(text)
    if not keys:
        return queryset.filter(by_file_number)
    by_name = Q()
    for key in keys:
        by_name &= Q(search_keys__contains=f" {key} ")
    return queryset.filter(by_file_number | by_name)


def in_band(queryset: QuerySet[Person], band: str, today: date) -> QuerySet[Person]:
    """Persons whose current Duldung chain has lasted between the band's months."""
    low, _, high = band.partition("-")
    queryset = queryset.filter(duldung_chain_since__lte=shift_months(today, int(low)))
    if high:
        queryset = queryset.filter(duldung_chain_since__gt=shift_months(today, int(high) + 1))
    return queryset


SORT_ORDER = {
    "name": ["family_name", "given_names", "id"],
    "file_number": ["file_number"],
    "chain": ["duldung_chain_since", "id"],
    "birth_date": ["birth_date", "id"],
}


def filtered_cases(queryset: QuerySet[Person], data: dict, today: date) -> QuerySet[Person]:
    queryset = search(queryset, data.get("q") or "")
    if data.get("status"):
        queryset = queryset.filter(current_status_kind=data["status"])
    if data.get("band"):
        queryset = in_band(queryset, data["band"], today)
    if data.get("municipality"):
        queryset = queryset.filter(municipality=data["municipality"])
    if data.get("nationality"):
        queryset = queryset.filter(nationality=data["nationality"])
    if data.get("assignee"):
        queryset = queryset.filter(assigned_to=data["assignee"])
    order = SORT_ORDER.get(data.get("sort") or "name", SORT_ORDER["name"])
    return queryset.order_by(*order)


def chain_months(person: Person, today: date) -> int | None:
    if person.duldung_chain_since is None:
        return None
    return months_between(person.duldung_chain_since, today)
