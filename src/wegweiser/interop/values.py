"""Parsing single cell values of an import, with messages a caseworker understands.

Each parser takes the raw text of a cell and returns the Python value or raises
`BadValue` with a German explanation; the caller adds row, column and value.
"""

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wegweiser.cases.models import StatusKind
from wegweiser.cases.models.person import DatePrecision, Sex
from wegweiser.cases.validation import nationality_problem

from .formulas import unquoted

MAX_CELL = 1000  # longer than any field of the case file: surely a broken file


class BadValue(ValueError):
    """A cell whose content cannot be read; the message says why, in German."""


@dataclass(frozen=True)
class Problem:
    """One line of the error report: where, what was there, what is wrong."""

    row: int | None
    column: str
    value: str
    message: str
    person: str = ""  # file number of the person the row belongs to (JSON), if known

    def as_dict(self) -> dict:
        return asdict(self)


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})\.(\d{4})$")


def text(raw: str) -> str:
    # The CSV export quotes text a spreadsheet would run as a formula; undo that here.
    return unquoted(raw.strip())


def required_text(raw: str) -> str:
    value = text(raw)
    if not value:
        raise BadValue(_("Pflichtangabe fehlt."))
    return value


def day(raw: str) -> date | None:
    """A full date, TT.MM.JJJJ or JJJJ-MM-TT; empty means not known."""
    value = raw.strip()
    if not value:
        return None
    return _day(value)


# Dates repeat a lot within one file (period starts, birth dates); parsing each distinct text
# once saves a regex match and date() per cell. Errors are raised anew and never cached.
@lru_cache(maxsize=16384)
def _day(value: str) -> date:
    match = _ISO.match(value) or _GERMAN.match(value)
    if match is None:
        raise BadValue(_("Kein Datum; erwartet TT.MM.JJJJ oder JJJJ-MM-TT."))
    first, second, third = (int(g) for g in match.groups())
    year, month, dom = (first, second, third) if match.re is _ISO else (third, second, first)
    return _checked_date(year, month, dom)


def required_day(raw: str) -> date:
    value = day(raw)
    if value is None:
        raise BadValue(_("Pflichtangabe fehlt."))
    return value


def _checked_date(year: int, month: int, dom: int) -> date:
    try:
        return date(year, month, dom)
    except ValueError:
        raise BadValue(_("Dieses Datum gibt es nicht.")) from None


def partial_date(raw: str) -> tuple[date | None, str]:
    """A birth date that may be known only to the month or year.

    Accepts JJJJ, JJJJ-MM, MM.JJJJ, full dates and the register style 00.00.JJJJ / 00.MM.JJJJ.
    A partial date is stored as its first day together with its precision.
    """
    value = raw.strip()
    if not value:
        return None, DatePrecision.DAY
    if match := _YEAR.match(value):
        return _checked_date(int(match[1]), 1, 1), DatePrecision.YEAR
    if match := _YEAR_MONTH.match(value):
        return _checked_date(int(match[1]), int(match[2]), 1), DatePrecision.MONTH
    if match := _MONTH_YEAR.match(value):
        return _checked_date(int(match[2]), int(match[1]), 1), DatePrecision.MONTH
    if match := _GERMAN.match(value):
        dom, month, year = (int(g) for g in match.groups())
        if month == 0:
            return _checked_date(year, 1, 1), DatePrecision.YEAR
        if dom == 0:
            return _checked_date(year, month, 1), DatePrecision.MONTH
    return day(value), DatePrecision.DAY


def format_partial_date(value: date | None, precision: str) -> str:
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


_YES = {"ja", "j", "yes", "y", "1", "true", "wahr", "x"}
_NO = {"nein", "n", "no", "0", "false", "falsch"}
_UNKNOWN = {"", "unbekannt", "?", "k. a.", "k.a."}


def tri_state(raw: str) -> bool | None:
    """ja / nein / leer (= unbekannt). Unknown stays unknown, never "nein"."""
    value = raw.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    if value in _UNKNOWN:
        return None
    raise BadValue(_("Erwartet „ja“, „nein“ oder leer (unbekannt)."))


def yes_no(raw: str) -> bool:
    return tri_state(raw) is True


def format_tri_state(value: bool | None) -> str:
    return "" if value is None else (_("ja") if value else _("nein"))


_SEX = {
    "w": Sex.FEMALE, "f": Sex.FEMALE, "weiblich": Sex.FEMALE,
    "m": Sex.MALE, "männlich": Sex.MALE, "maennlich": Sex.MALE,
    "d": Sex.DIVERSE, "divers": Sex.DIVERSE,
    "x": Sex.UNKNOWN, "": Sex.UNKNOWN, "ohne angabe": Sex.UNKNOWN, "unbekannt": Sex.UNKNOWN,
}


def sex(raw: str) -> str:
    try:
        return _SEX[raw.strip().lower()]
    except KeyError:
        raise BadValue(_("Erwartet w, m, d oder x (ohne Angabe).")) from None


def format_sex(value: str) -> str:
    return "w" if value == Sex.FEMALE else value


def nationality(raw: str) -> str:
    """A code of the list the person form offers, refused in the form's words."""
    value = raw.strip()
    if not value:
        raise BadValue(_("Pflichtangabe fehlt."))
    if nationality_problem(value.upper()):  # "syr" is fine; the message quotes the input
        raise BadValue(nationality_problem(value))
    return value.upper()


@cache
def _kind_lookup(language: str) -> dict[str, str]:
    lookup = {}
    for kind in StatusKind:
        lookup[str(kind.value)] = str(kind.value)
        lookup[str(kind.label).lower()] = str(kind.value)
    lookup.update({"duldung": "duldung", "aufenthaltserlaubnis": "residence_permit"})
    return lookup


def status_kind(raw: str) -> str:
    value = raw.strip().lower()
    kind = _kind_lookup(get_language() or "de").get(value)
    if kind is None:
        codes = ", ".join(k.value for k in StatusKind)
        raise BadValue(_("Unbekannte Statusart; erlaubt sind: %(codes)s.") % {"codes": codes})
    return kind


def decimal(raw: str) -> Decimal | None:
    value = raw.strip().replace(",", ".")
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise BadValue(_("Keine Zahl.")) from None
    if not number.is_finite() or abs(number) >= 10000:
        raise BadValue(_("Die Zahl ist zu groß."))
    return number


def whole_number(raw: str) -> int | None:
    value = raw.strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 5:
        raise BadValue(_("Erwartet eine ganze Zahl."))
    return int(value)


def cell_text(value) -> str:
    """The text of a spreadsheet cell (dates as ISO, whole numbers without '.0')."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
