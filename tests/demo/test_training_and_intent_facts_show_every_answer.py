"""The demo gives § 60c, § 16g and § 19d something to decide: training contracts mostly
registered, convictions mostly intentional, training records declared complete in most
assessments - so the screening answers instead of leaving these pathways open.  (The spread of
the single answers: test_fact_details_draw_a_realistic_spread.py.)"""

import polars as pl
import pytest

from wegweiser.cases.models import Assessment, Conviction, Person, TrainingRecord
from wegweiser.demo.data.district import DISTRICT
from wegweiser.screening.db_source import raw_tables
from wegweiser.screening.evaluate import evaluate_long
from wegweiser.screening.frames import fact_frames

from .conftest import TODAY


def _share(rows, **lookup) -> float:
    return rows.filter(**lookup).count() / rows.count()


@pytest.mark.django_db
def test_training_records_are_mostly_registered_and_consistent(demo):
    rows = TrainingRecord.unscoped.all()
    assert rows.count() >= 10
    assert _share(rows, contract_registered=True) > 0.6
    assert set(rows.values_list("kind", flat=True)) <= {"qualified", "assistant", "care_aid", ""}
    helper = ("assistant", "care_aid")  # only helper trainings are asked for a commitment
    assert not rows.exclude(kind__in=helper).exclude(bottleneck_commitment=None).exists()
    # A pass is only recorded for a training that has ended.
    assert not rows.filter(completed=True, end=None).exists()
    assert not rows.filter(completed=True, end__gt=TODAY).exists()


@pytest.mark.django_db
def test_convictions_are_mostly_intentional_and_negligence_is_named(demo):
    rows = Conviction.unscoped.all()
    assert _share(rows, intentional=True) > 0.7
    assert rows.filter(intentional=None).exists()
    assert all(o.startswith("Fahrlässig") for o in
               rows.filter(intentional=False).values_list("offence", flat=True))


@pytest.mark.django_db
def test_most_assessments_say_whether_the_training_records_are_complete(demo):
    rows = Assessment.unscoped.all()
    assert 0.8 < _share(rows, training_complete=True) < 1


@pytest.mark.django_db
def test_training_pathways_are_no_longer_mostly_open(demo):
    district = Person.unscoped.filter(authority__name=DISTRICT.name)
    verdicts = evaluate_long(fact_frames(raw_tables(district), TODAY), TODAY)
    for pathway in ("p60c", "p16g", "p19d"):
        counts = dict(verdicts.filter(pl.col("pathway_id") == pathway)
                      .group_by("verdict").len().iter_rows())
        total = sum(counts.values())
        assert counts.get("unknown", 0) < 0.5 * total, (pathway, counts)
        assert counts.get("not_met", 0) > 0.2 * total, (pathway, counts)
