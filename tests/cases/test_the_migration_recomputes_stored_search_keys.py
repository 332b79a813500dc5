"""Persons saved under the earlier name rules get the current search keys from the data
migration, so that an existing office finds them with the new rules."""

import importlib
from types import SimpleNamespace

from django.apps import apps
from django.db import connection

from tests.conftest import make_person
from wegweiser.cases.models import Person
from wegweiser.cases.names import search_keys

migration = importlib.import_module("wegweiser.cases.migrations.0011_search_keys_transliteration")


def test_stale_keys_are_replaced_and_current_ones_kept(authority):
    stale = make_person(authority, file_number="A1", family_name="Abashidze",
                        given_names="Youssef", name_variants="Jussuf Abaschidse\n")
    current = make_person(authority, file_number="A2", family_name="Haddad")
    Person.unscoped.filter(pk=stale.pk).update(search_keys=" bsdz sf ")  # the old rules

    migration.recompute_search_keys(apps, SimpleNamespace(connection=connection))

    stale.refresh_from_db()
    assert stale.search_keys == search_keys(["Abashidze", "Youssef", "Jussuf Abaschidse"])
    assert " bsds " in stale.search_keys and " ysf " in stale.search_keys
    assert Person.unscoped.get(pk=current.pk).search_keys == current.search_keys
