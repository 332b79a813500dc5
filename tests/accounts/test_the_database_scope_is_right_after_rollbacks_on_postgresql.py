"""The database learns the authority lazily and only on a change (accounts.scoping); a rolled-back
transaction or savepoint undoes a set_config, so the scope must be sent again after it."""

import pytest
from django.db import connection, transaction

from wegweiser.accounts.scoping import authority_scope
from wegweiser.cases.models import Person

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row-level security exists only on PostgreSQL"
)


class Undo(Exception):
    pass


def database_scope() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(current_setting('wegweiser.authority_id', true), '')")
        return cursor.fetchone()[0]


def test_a_scope_sent_in_a_rolled_back_savepoint_is_sent_again(person, foreign_person):
    with authority_scope(person.authority_id):
        Person.objects.count()
        savepoint = transaction.savepoint_create()
        with authority_scope(foreign_person.authority_id):
            assert list(Person.objects.all()) == [foreign_person]
            transaction.savepoint_rollback(savepoint)  # the database holds the outer scope again
            assert database_scope() == str(foreign_person.authority_id)
            assert list(Person.objects.all()) == [foreign_person]


@pytest.mark.django_db(transaction=True)
def test_a_scope_sent_in_a_rolled_back_transaction_is_sent_again(person, foreign_person):
    with authority_scope(person.authority_id):
        Person.objects.count()
    with pytest.raises(Undo), authority_scope(foreign_person.authority_id), transaction.atomic():
        Person.objects.count()
        raise Undo  # the database holds the first scope again
    with authority_scope(foreign_person.authority_id):
        assert database_scope() == str(foreign_person.authority_id)
    assert database_scope() == ""


@pytest.mark.django_db(transaction=True)
def test_a_scope_sent_in_a_committed_transaction_holds_after_it(person, foreign_person):
    with transaction.atomic(), authority_scope(foreign_person.authority_id):
        Person.objects.count()
    with authority_scope(foreign_person.authority_id):
        assert database_scope() == str(foreign_person.authority_id)
        assert list(Person.objects.all()) == [foreign_person]


def test_leaving_a_scope_hands_the_database_the_outer_scope_before_the_next_query(
        person, foreign_person):
    with authority_scope(person.authority_id):
        with authority_scope(foreign_person.authority_id):
            Person.objects.count()
        assert database_scope() == str(person.authority_id)
    with authority_scope(None):
        assert database_scope() == "0"
    assert database_scope() == ""
