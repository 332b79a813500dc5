from django import template
from django.template.loader import render_to_string
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def field_display(obj, name: str) -> str:
    """A model field's value for a table cell: dates German, tri-states honest."""
    value = getattr(obj, name)
    field = obj._meta.get_field(name)
    if field.choices:
        if value in ("", None) and field.blank:
            return _tri(None)  # an optional choice left empty is unknown (e.g. kind of training)
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


@register.simple_tag
def plain_select(bound_field) -> str:
    """A <select> written directly: Django renders every <option> through a template, which
    costs more than all queries of the case list together."""
    selected = "" if bound_field.value() is None else str(bound_field.value())
    options = [
        format_html('<option value="{}"{}>{}</option>', value, " selected" if str(value) == selected else "",
                    label)
        for value, label in bound_field.field.choices
    ]
    return format_html(
        '<select name="{}" id="{}" class="kern-form-input__select">{}</select>',
        bound_field.html_name, bound_field.id_for_label, mark_safe("".join(options)),
    )


@register.filter
def signed(number: int) -> str:
    """A change with its sign: +12, −3 (a real minus sign), 0."""
    if number > 0:
        return f"+{number}"
    if number < 0:
        return f"\u2212{-number}"
    return "0"
