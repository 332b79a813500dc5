"""The demo district starts with the hardship review in use: saved constellations, an earlier
conference with approved minutes and a planned one; a reset removes them with everything else
(also the many-to-many rows that carry no authority)."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from tests.pdf import pdf_text
from wegweiser.review import constellations
from wegweiser.review.models import Conference, Constellation
from wegweiser.review.models.conference import ConferenceStatus


def demo(**options) -> None:
    call_command("demo", seed=5, persons=300, today=date(2026, 3, 1), stdout=io.StringIO(),
                 stderr=io.StringIO(), **options)


@pytest.mark.django_db
def test_the_district_has_constellations_and_conferences():
    demo()
    saved = list(Constellation.unscoped.all())
    assert len(saved) == 3
    assert any(constellations.count(c) > 0 for c in saved)
    held = Conference.unscoped.get(status=ConferenceStatus.APPROVED)
    assert held.items.count() >= 1
    assert "TOP 1:" in pdf_text(held.minutes_pdf)
    assert all(item.recommendation for item in held.items.all())
    assert Conference.unscoped.filter(status=ConferenceStatus.PLANNED).count() == 1


@pytest.mark.django_db
def test_a_reset_replaces_them_instead_of_failing_on_the_participants():
    demo()
    demo(reset=True)
    assert Constellation.unscoped.count() == 3
    assert Conference.unscoped.count() == 2
