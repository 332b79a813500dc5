"""The demo's legal assessments: most persons have one, and a screening gets real answers."""

from datetime import date

import polars as pl
import pytest
from django.db.models import F

from wegweiser.cases.models import Assessment, Conviction, Person, StatusPeriod
from wegweiser.cases.models.status import DULDUNG_KINDS
from wegweiser.demo.data.district import DISTRICT
from wegweiser.demo.drafts import add_years
from wegweiser.screening.db_source import raw_tables
from wegweiser.screening.evaluate import evaluate_long
from wegweiser.screening.frames import fact_frames
from wegweiser.screening.runs import POSITIVE

from .conftest import TODAY


def _verdicts(persons) -> pl.DataFrame:
    return evaluate_long(fact_frames(raw_tables(persons), TODAY), TODAY)


@pytest.mark.django_db
def test_most_persons_are_assessed_but_not_all(demo):
    persons = Person.objects.count()
    assessed = Assessment.unscoped.count()
    assert 0.65 * persons < assessed < 0.95 * persons
    # Every assessment belongs to a person of the same office.
    assert not Assessment.unscoped.exclude(authority=F("person__authority")).exists()


@pytest.mark.django_db
def test_assessments_agree_with_the_rest_of_the_file(demo):
    rows = Assessment.unscoped.all()
    assert not rows.filter(resides_in_nrw=False).exists()
    assert rows.filter(security_threat=True).count() <= 0.01 * rows.count()
    assert rows.filter(extremism_indications=True).count() <= 0.01 * rows.count()
    # An expulsion interest needs a conviction on file (the reverse need not hold).
    convicted = set(Conviction.objects.values_list("person_id", flat=True))
    interested = set(rows.filter(expulsion_interest=True).values_list("person_id", flat=True))
    assert interested <= convicted
    # The § 104c application date is set exactly for former § 104c holders.
    holders = set(StatusPeriod.objects.filter(legal_basis="§ 104c")
                  .values_list("person_id", flat=True))
    applied = set(rows.exclude(p104c_application_date=None).values_list("person_id", flat=True))
    assert applied == holders & set(rows.values_list("person_id", flat=True))
    assert not rows.filter(p104c_application_date__lt=date(2022, 12, 31)).exists()
    # Some answers stay open inside an assessment, too.
    assert rows.filter(obstacle_lasting=None).exists()


@pytest.mark.django_db
def test_criminal_records_and_exclusion_facts_are_mostly_known(demo):
    persons = Person.objects.all()
    total = persons.count()
    assert persons.filter(criminal_record_known=True).count() > 0.85 * total
    assert persons.filter(obstruction_finding=None).count() < 0.2 * total
    assert persons.filter(entry_ban_in_force=None).count() < 0.15 * total


@pytest.mark.django_db
def test_a_screening_of_the_demo_finds_people_who_qualify(demo):
    district = Person.unscoped.filter(authority__name=DISTRICT.name)
    verdicts = _verdicts(district)
    main = verdicts.filter(pl.col("pathway_id").is_in(["p25b", "p25a"]))
    assert main.filter(pl.col("verdict").is_in(list(POSITIVE))).height >= 1
    assert main.filter(pl.col("verdict") == "pending_time").height >= 1
    assert verdicts.filter(pl.col("verdict") == "blocked").height >= 1
    assert verdicts.filter(pl.col("verdict") == "not_met").height >= 1


@pytest.mark.django_db
def test_few_25b_verdicts_of_long_tolerated_adults_are_unknown(demo):
    long_tolerated = Person.unscoped.filter(
        authority__name=DISTRICT.name, current_status_kind__in=list(DULDUNG_KINDS),
        duldung_chain_since__lte=add_years(TODAY, -5), birth_date__lte=add_years(TODAY, -18))
    assert long_tolerated.count() >= 20
    p25b = _verdicts(long_tolerated).filter(pl.col("pathway_id") == "p25b")
    unknown = p25b.filter(pl.col("verdict") == "unknown").height
    assert unknown < 0.5 * p25b.height
    assert p25b.filter(pl.col("verdict").is_in(list(POSITIVE))).height >= 1
