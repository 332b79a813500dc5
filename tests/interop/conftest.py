"""A small world: an office with two towns and its staff, and a second office that must
never see or be touched by the first one's imports and exports."""

import pytest

from interop.factories import make_user
from wegweiser.accounts.models import Authority, Municipality
from wegweiser.accounts.roles import Role


@pytest.fixture
def authority(db):
    office = Authority.objects.create(name="Ausländerbehörde Kreis Musterland", short_name="KML")
    Municipality.objects.create(authority=office, name="Altstadt")
    Municipality.objects.create(authority=office, name="Neudorf")
    return office


@pytest.fixture
def other_authority(db):
    office = Authority.objects.create(name="Ausländerbehörde Stadt Anderswo", short_name="SAW")
    Municipality.objects.create(authority=office, name="Altstadt")
    return office


@pytest.fixture
def head(authority):
    return make_user(authority, Role.HEAD, "abteilungsleitung")


@pytest.fixture
def caseworker(authority):
    return make_user(authority, Role.CASEWORKER, "sachbearbeitung")


@pytest.fixture
def counsellor(authority):
    return make_user(authority, Role.COUNSELLOR, "beratung")


@pytest.fixture
def other_head(other_authority):
    return make_user(other_authority, Role.HEAD, "fremde-leitung")


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


