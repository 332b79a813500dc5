"""The registry itself: the Kpi record, the period, the decorator and the evaluation."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.cache import cache
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

Value = int | float | Decimal | None
Compute = Callable[[int, "Period"], Value]


class Pillar(models.TextChoices):
    INTEGRATION = "integration", _("Bleiberecht und Integration")
    HARDSHIP = "hardship", _("Härtefälle und Entscheidungspraxis")
    COUNSELLING = "counselling", _("Beratung und Service")
    DIALOGUE = "dialogue", _("Dialog und Vernetzung")
    TRAINING = "training", _("Personal und Fortbildung")


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def months(self) -> list[date]:
        """The first day of every month the period touches."""
        months, day = [], self.start.replace(day=1)
        while day <= self.end:
            months.append(day)
            day = day.replace(year=day.year + day.month // 12, month=day.month % 12 + 1)
        return months


@dataclass(frozen=True)
class Kpi:
    key: str
    pillar: str
    label: str | Promise
    definition: str | Promise
    unit: str | Promise
    compute: Compute | None  # None: not yet recorded by any app
    suppressible: bool = True
    funnel: int | None = None

    @property
    def recorded(self) -> bool:
        return self.compute is not None


@dataclass(frozen=True)
class Figure:
    kpi: Kpi
    value: Value

    @property
    def recorded(self) -> bool:
        return self.kpi.recorded


REGISTRY: dict[str, Kpi] = {}
PERSONS = _("Personen")


def kpi(key: str, pillar: str, label: Any, definition: Any, unit: Any = PERSONS,
        suppressible: bool = True, funnel: int | None = None) -> Callable[[Compute], Compute]:
    """Register the decorated function as the KPI `key` (replacing a placeholder in place)."""

    def register(compute: Compute) -> Compute:
        REGISTRY[key] = Kpi(key, pillar, label, definition, unit, compute, suppressible, funnel)
        return compute

    return register


def not_yet_recorded(key: str, pillar: str, label: Any, definition: Any, unit: Any = PERSONS,
                     suppressible: bool = True, funnel: int | None = None) -> None:
    """A KPI the programme needs whose data no app records yet: shown, but never as zero."""
    REGISTRY[key] = Kpi(key, pillar, label, definition, unit, None, suppressible, funnel)


_shared: ContextVar[dict | None] = ContextVar("reporting_shared", default=None)


@contextmanager
def shared_queries() -> Iterator[None]:
    """Within this block, KPIs that read the same grouped rows (via `shared`) read them once:
    the dashboard computes every KPI of one period together."""
    token = _shared.set({})
    try:
        yield
    finally:
        _shared.reset(token)


def shared(key: tuple, compute: Callable[[], Any]) -> Any:
    store = _shared.get()
    if store is None:
        return compute()
    if key not in store:
        store[key] = compute()
    return store[key]


CACHE_SECONDS = 24 * 3600


def per_data_version(name: str, authority_id: int, period: Period, compute: Callable[[], Any]) -> Any:
    """A figure read only from decisions and applications, kept in the cache per state of those
    data (review.practice_frame.current_mark: every write of a decision or an application leaves
    a history row and so makes a new key), and of the persons (the grants per town follow a
    person who moves) - the report and the approval ask again for the period the dashboard has
    just shown. Within one snapshot the version is read once."""
    from django.db.models import Max

    from wegweiser.cases.models import Person
    from wegweiser.review.practice_frame import current_mark

    def version_now() -> str:
        persons = Person.history.aggregate(last=Max("history_id"))["last"]  # type: ignore[attr-defined]
        return f"{current_mark(authority_id).version()}/{persons}"

    def cached() -> Any:
        version = shared(("data_version", authority_id), version_now)
        parts = (name, authority_id, period.start, period.end, version)
        key = "reporting:" + hashlib.sha256(repr(parts).encode()).hexdigest()
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, CACHE_SECONDS)
        return value

    return shared((name, authority_id, period), cached)


def figures(authority_id: int, period: Period, pillar: str | None = None) -> list[Figure]:
    """Every KPI (of one pillar) in registry order, computed for the authority and period."""
    return [Figure(k, k.compute(authority_id, period) if k.compute else None)
            for k in REGISTRY.values() if pillar is None or k.pillar == pillar]


def funnel(all_figures: list[Figure]) -> list[Figure]:
    return sorted((f for f in all_figures if f.kpi.funnel), key=lambda f: f.kpi.funnel or 0)
