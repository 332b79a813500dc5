from datetime import date

import pytest

from wegweiser.demo.data.district import DISTRICT
from wegweiser.demo.run import build_demo

from .conftest import snapshot


@pytest.mark.django_db
def test_bulk_create_and_executemany_write_the_same_district():
    build_demo(seed=9, persons=120, today=date(2026, 3, 1), reset=False, orm=True)
    via_orm = snapshot(DISTRICT.name)
    build_demo(seed=9, persons=120, today=date(2026, 3, 1), reset=True, orm=False)
    assert snapshot(DISTRICT.name) == via_orm
