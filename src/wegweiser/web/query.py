"""Values from the query string (dates, list filters), with German notices for what was not
understood: a bad parameter is named and ignored, never silently replaced and never a 500."""

import re
from datetime import date

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wegweiser.law.statute.parameters import IN_FORCE

# The first day any norm is modelled (§ 25 Abs. 5, § 23a AufenthG: Zuwanderungsgesetz,
# 01.01.2005); the law engine has no rules for earlier days.
EARLIEST_AS_OF = min(start for start, _end in IN_FORCE.values())
# Dated parameters reach a few years ahead (transition rules, announced changes); a day more
# than ten years ahead is a typing error, and far dates overflow the date arithmetic.
YEARS_AHEAD = 10

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_GERMAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def as_of_range(today: date) -> tuple[date, date]:
    return EARLIEST_AS_OF, date(today.year + YEARS_AHEAD, 12, 31)


def as_of_from_query(raw: str | None, today: date) -> tuple[date, str | None]:
    """The day asked for (JJJJ-MM-TT or TT.MM.JJJJ), or today with a notice saying why not."""
    text = (raw or "").strip()
    if not text:
        return today, None
    day = _parse_day(text)
    if day is None:
        return today, _(
            "„%(value)s“ ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT). Gezeigt wird "
            "der Stand von heute.") % {"value": text[:40]}
    first, last = as_of_range(today)
    if not first <= day <= last:
        return today, _(
            "Der Stichtag %(day)s liegt außerhalb des prüfbaren Zeitraums (%(first)s bis "
            "%(last)s). Gezeigt wird der Stand von heute.") % {
            "day": _german(day), "first": _german(first), "last": _german(last)}
    return day, None


def _parse_day(text: str) -> date | None:
    if match := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _GERMAN.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _german(day: date) -> str:
    return date_format(day, "d.m.Y")


def understood_filters(form: forms.Form, also_allowed: tuple[str, ...] = ("page",)
                       ) -> tuple[dict, list[str]]:
    """The filters of a bound GET form that were understood, and a notice for every other one.

    Valid filters are applied even when another one is not; an invalid value or an unknown
    parameter is named and ignored.
    """
    if not form.is_bound:
        return {}, []
    form.is_valid()
    notices = [_filter_notice(form, name) for name in form.errors if name in form.fields]
    unknown = [name for name in form.data if name not in form.fields and name not in also_allowed]
    if unknown:
        notices.append(_("Unbekannte Angabe in der Adresse, nicht angewandt: %(names)s.") % {
            "names": ", ".join(f"„{name[:40]}“" for name in sorted(unknown))})
    return dict(form.cleaned_data), notices


def _filter_notice(form: forms.Form, name: str) -> str:
    return _("„%(value)s“ ist kein möglicher Wert für „%(filter)s“; dieser Filter wurde nicht "
             "angewandt.") % {"value": str(form.data.get(name, ""))[:40],
                              "filter": form.fields[name].label or name}
