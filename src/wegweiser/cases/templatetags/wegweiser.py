from django import template
from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def field_display(obj, name: str) -> str:
    """A model field's value for a table cell: dates German, tri-states honest."""
    value = getattr(obj, name)
    field = obj._meta.get_field(name)
    if field.choices:
        return getattr(obj, f"get_{name}_display")()
    if value is None:
        return _tri(None) if field.null else ""
    if isinstance(value, bool):
        return _tri(value)
    if hasattr(value, "year"):
        return date_format(value, "d.m.Y")
    return value


def _tri(value: bool | None) -> str:
    return mark_safe(render_to_string("cases/tri.html", {"value": value}))  # our own template


@register.filter
def partial_date(day, precision: str = "day") -> str:
    """A birth date as far as it is known: 17.05.1990, 05.1990, 1990 – or “unbekannt”."""
    if not day:
        return _tri(None)
    pattern = {"year": "Y", "month": "m.Y"}.get(precision, "d.m.Y")
    return date_format(day, pattern)
