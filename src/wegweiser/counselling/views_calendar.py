"""Day and week view of a desk's calendar (B-15: tables with full date labels, links between
days and weeks that work with the keyboard)."""

from __future__ import annotations

from datetime import date, timedelta

from django.shortcuts import render
from django.utils import timezone

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can

from .calendar_grid import STATE_LABELS, day_grid, week_grid
from .forms import language_choices
from .views_home import desk_of, staff_book_url


def _day(request) -> date:
    """The day asked for (?datum=JJJJ-MM-TT); anything else means today."""
    try:
        return date.fromisoformat(request.GET.get("datum", ""))
    except ValueError:
        return timezone.localdate()


def _context(request, desk, day: date) -> dict:
    return {"desk": desk, "day": day, "today": timezone.localdate(),
            "languages": dict(language_choices()),
            "can_queue": can(request.user, "desk.queue"),
            "book_url": staff_book_url(desk) if can(request.user, "desk.book") else None}


@requires("desk.view")
def calendar_day(request, desk_pk: int):
    desk = desk_of(desk_pk)
    day = _day(request)
    return render(request, "counselling/calendar_day.html", {
        **_context(request, desk, day), "grid": day_grid(desk, day), "states": STATE_LABELS,
        "previous": day - timedelta(days=1), "next": day + timedelta(days=1)})


@requires("desk.view")
def calendar_week(request, desk_pk: int):
    desk = desk_of(desk_pk)
    day = _day(request)
    grid = week_grid(desk, day)
    return render(request, "counselling/calendar_week.html", {
        **_context(request, desk, day), "grid": grid,
        "previous": grid.monday - timedelta(days=7), "next": grid.monday + timedelta(days=7),
        "sunday": grid.monday + timedelta(days=6)})
