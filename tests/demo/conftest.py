"""A small demo district (300 households) built fresh for each test that asks for it."""

from datetime import date

import pytest

TODAY = date(2026, 3, 1)
# A Tuesday: the desk is open, so the district has a queue today.
DISTRICT_DAY = date(2026, 3, 3)


@pytest.fixture
def demo(db):
    from wegweiser.demo.run import build_demo

    return build_demo(seed=7, persons=300, today=TODAY, reset=False)


def snapshot(office_name: str) -> list[tuple]:
    """Everything that must repeat for the same seed, in a stable order (ids excluded)."""
    from wegweiser.cases.models import Assessment, Person, StatusPeriod
    from wegweiser.cases.models.assessment import ASSESSMENT_FACT_FIELDS

    periods: dict[str, list] = {}
    rows = StatusPeriod.objects.filter(person__authority__name=office_name).order_by(
        "person__file_number", "start"
    )
    for file_number, kind, start, end, code in rows.values_list(
        "person__file_number", "kind", "start", "end", "azr_reason_code"
    ):
        periods.setdefault(file_number, []).append((kind, start, end, code))
    assessed = {
        row[0]: row[1:] for row in Assessment.unscoped.filter(
            person__authority__name=office_name).values_list(
            "person__file_number", *ASSESSMENT_FACT_FIELDS, "note", "evidence")
    }
    persons = Person.objects.filter(authority__name=office_name).order_by("file_number")
    return [
        (p.file_number, p.family_name, p.given_names, p.name_variants, p.birth_date,
         p.identity_clarified, p.criminal_record_known, tuple(periods.get(p.file_number, [])),
         assessed.get(p.file_number))
        for p in persons
    ]


@pytest.fixture
def district(db):
    """The small demo district with its screening run and the pillars (desk, mail run,
    counselling, partners, training), as `manage.py demo` builds them."""
    from wegweiser.demo.pillars import add_pillars
    from wegweiser.demo.run import build_demo, screen_office

    results = build_demo(seed=7, persons=300, today=DISTRICT_DAY, reset=False)
    run = screen_office(results[0], DISTRICT_DAY)
    pillars = add_pillars(results[0].authority.pk, run, DISTRICT_DAY, seed=7)
    return results[0].authority, pillars
