"""law/ tests run without Django (`-p no:django`): neutralise project-wide Django fixtures."""

import pytest


@pytest.fixture(autouse=True)
def _immediate_tasks():
    """Overrides the Django-only autouse fixture of tests/conftest.py; law/ has no tasks."""
    yield
