"""The small shared world of the tests: an office with one user per role, and a second
office whose users should never see anything of the first."""

import os
from datetime import date

import pytest

os.environ.setdefault("DEBUG", "true")

PASSWORD = "Test-Passwort-2026!"


@pytest.fixture(autouse=True)
def _immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    # Fast hashing keeps the suite quick; production keeps Django's default.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tests write case data straight through the ORM (no audit entry): constellations must not
    # answer from a frame built before (tests/review/test_constellation_frame_cache.py tests it).
    settings.WEGWEISER_CONSTELLATION_CACHE_SECONDS = 0
    # Frames stay in memory unless a test gives them a directory (no Parquet files in var/).
    settings.WEGWEISER_CONSTELLATION_FRAME_DIR = ""
    # The suite runs without collectstatic, so static URLs stay unhashed; the production storage
    # is tested in tests/ops/ (collectstatic, DEBUG off, served by WhiteNoise).
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}


@pytest.fixture
def authority(db):
    from wegweiser.accounts.models import Authority, Municipality

    office = Authority.objects.create(name="Kreis Test – Ausländerbehörde", short_name="KT")
    Municipality.objects.create(authority=office, name="Teststadt", inhabitants=50000)
    return office


@pytest.fixture
def other_authority(db):
    from wegweiser.accounts.models import Authority, Municipality

    office = Authority.objects.create(name="Stadt Anders – Ausländerbehörde", short_name="SA")
    Municipality.objects.create(authority=office, name="Anderstadt", inhabitants=90000)
    return office


def make_user(authority, role, username=None):
    from wegweiser.accounts.models import User

    return User.objects.create_user(
        username=username or f"{role}-{authority.short_name}".lower(),
        password=PASSWORD,
        authority=authority,
        role=role,
        first_name="Test",
        last_name=role.capitalize(),
    )


@pytest.fixture
def users(authority):
    from wegweiser.accounts.roles import Role

    return {role.value: make_user(authority, role.value) for role in Role}


@pytest.fixture
def caseworker(users):
    return users["caseworker"]


@pytest.fixture
def stranger(other_authority):
    """A caseworker of the other authority: should have no access to our rows."""
    return make_user(other_authority, "caseworker", "stranger")


def make_person(authority, **fields):
    from wegweiser.cases.models import Person

    defaults = {
        "file_number": "KT-2019-0001",
        "family_name": "Haddad",
        "given_names": "Mohammed",
        "nationality": "IRQ",
        "birth_date": date(1990, 5, 17),
        "entry_date": date(2015, 9, 1),
        "municipality": authority.municipalities.first(),
    }
    defaults.update(fields)
    return Person.objects.create(authority=authority, **defaults)


def add_period(person, kind, start, end=None, **fields):
    from wegweiser.cases.models import StatusPeriod
    from wegweiser.cases.services import refresh_derived

    period = StatusPeriod.objects.create(
        authority_id=person.authority_id, person=person, kind=kind, start=start, end=end, **fields
    )
    refresh_derived(person)
    return period


@pytest.fixture
def person(authority):
    p = make_person(authority)
    add_period(p, "gestattung", date(2015, 9, 1), date(2017, 3, 31))
    add_period(p, "duldung", date(2017, 4, 1), date(2017, 9, 30), azr_reason_code="16")
    add_period(p, "duldung", date(2017, 10, 1), None, azr_reason_code="20")
    p.refresh_from_db()
    return p


@pytest.fixture
def foreign_person(other_authority):
    return make_person(other_authority, file_number="SA-1", family_name="Fremd", given_names="Ali")


def login(client, user):
    client.force_login(user)
    return client
