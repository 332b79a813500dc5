import pytest

from wegweiser.cases import derived
from wegweiser.cases.models import Person, StatusPeriod

from .conftest import TODAY


@pytest.mark.django_db
def test_stored_status_and_chain_start_equal_what_the_periods_give(demo):
    periods: dict[int, list] = {}
    for period in StatusPeriod.objects.all():
        periods.setdefault(period.person_id, []).append(period)
    for person in Person.objects.all():
        mine = periods.get(person.pk, [])
        assert person.current_status_kind == derived.current_status(mine, TODAY)
        assert person.duldung_chain_since == derived.duldung_chain_since(mine, TODAY)


@pytest.mark.django_db
def test_search_keys_are_filled_like_save_would(demo):
    person = Person.objects.exclude(name_variants="").first()
    stored = person.search_keys
    person.refresh_search_keys()
    assert stored and stored == person.search_keys


@pytest.mark.django_db
def test_every_row_carries_the_authority_of_its_person(demo):
    from wegweiser.demo.load import FACT_MODELS

    for model in [StatusPeriod, *FACT_MODELS.values()]:
        mismatched = model.objects.exclude(authority_id=models_person_authority())
        assert not mismatched.exists(), model.__name__


def models_person_authority():
    from django.db.models import F

    return F("person__authority_id")
