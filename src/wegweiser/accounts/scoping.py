"""The one layer that keeps every authority's rows to itself.

A request sets the current authority (middleware); every scoped model's default manager
filters by it. Outside a request (management commands, migrations, tests' setup) no scope is
active and the manager is unrestricted: those are trusted system contexts. On PostgreSQL the
same authority id is handed to the database, whose row-level security policies enforce it again.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection, models

NO_AUTHORITY = 0  # a scope that matches no row (anonymous or misconfigured users)
_current: ContextVar[int | None] = ContextVar("wegweiser_authority", default=None)


def current_authority_id() -> int | None:
    return _current.get()


@contextmanager
def authority_scope(authority_id: int | None) -> Iterator[None]:
    """Restrict every scoped query (and, on PostgreSQL, the session) to one authority."""
    scope = NO_AUTHORITY if authority_id is None else authority_id
    previous = _current.get()
    token = _current.set(scope)
    _set_database_scope(str(scope))
    try:
        yield
    finally:
        _current.reset(token)
        # A nested scope hands the database the outer scope back, never "unscoped".
        _set_database_scope("" if previous is None else str(previous))


def _set_database_scope(value: str) -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('wegweiser.authority_id', %s, false)", [value])


class ScopedQuerySet(models.QuerySet):
    def for_authority(self, authority_id: int) -> "ScopedQuerySet":
        return self.filter(authority_id=authority_id)


class ScopedManager(models.Manager.from_queryset(ScopedQuerySet)):  # type: ignore[misc]
    def get_queryset(self):
        queryset = super().get_queryset()
        scope = _current.get()
        if scope is None:
            return queryset
        return queryset.filter(authority_id=scope)


class AuthorityOwned(models.Model):
    """Abstract base for every row of personal data: it belongs to exactly one authority."""

    authority = models.ForeignKey("accounts.Authority", on_delete=models.PROTECT, related_name="+")

    objects = ScopedManager()
    unscoped = models.Manager()  # noqa: DJ012 (trusted system contexts only)

    class Meta:
        abstract = True
        base_manager_name = "unscoped"
