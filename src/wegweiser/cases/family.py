"""Family relations derived for a given date."""

from datetime import date

from .models.person import DatePrecision, FamilyRelation, Person


def age_on(birth: date, day: date) -> int:
    """Completed years on `day`; a 29 February birthday counts from 1 March in common years."""
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)


def is_minor_on(person: Person, day: date) -> bool | None:
    """True/False if certain, None if the birth date is unknown or too imprecise to tell."""
    if person.birth_date is None:
        return None
    birth = person.birth_date
    if person.birth_date_precision == DatePrecision.YEAR:
        earliest, latest = date(birth.year, 1, 1), date(birth.year, 12, 31)
    elif person.birth_date_precision == DatePrecision.MONTH:
        earliest = date(birth.year, birth.month, 1)
        latest = _last_day_of_month(birth.year, birth.month)
    else:
        earliest = latest = birth
    young, old = age_on(latest, day) < 18, age_on(earliest, day) < 18
    return young if young == old else None


def _last_day_of_month(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1).fromordinal(date(year, month + 1, 1).toordinal() - 1)


def children_of(person: Person) -> list[Person]:
    links = person.family_links.filter(relation=FamilyRelation.PARENT, living_in_household=True)
    return [link.relative for link in links.select_related("relative")]


def minor_children_on(person: Person, day: date) -> list[Person]:
    """Children in the household who are certainly under 18 on `day`."""
    return [child for child in children_of(person) if is_minor_on(child, day) is True]
