"""The one layer that keeps every authority's rows to itself.

A request sets the current authority (middleware); every scoped model's default manager
filters by it. Outside a request (management commands, migrations, tests' setup) no scope is
active and the manager is unrestricted: those are trusted system contexts. On PostgreSQL the
same authority id is handed to the database, whose row-level security policies enforce it again.

The database learns the scope lazily (docs/decisions/0020-lazy-database-scope.md): entering and
leaving a scope only sets a context variable; before every statement on a PostgreSQL connection
`_sync_database_scope` (an execute wrapper) compares the scope with the one this connection last
received and sends `set_config` only when they differ. A request of a desk's visitor or of a
member of staff whose connection served the same authority before therefore sends none at all,
instead of four (enter and leave the middleware's scope and the desk's). A `set_config` inside a
transaction is undone by its rollback (or by the rollback of a savepoint it ran in), so it counts
as known only while a marker registered with `on_commit` at the same moment is still pending or
has run: Django drops pending `on_commit` callbacks exactly where PostgreSQL undoes the setting.
Set the scope only through `authority_scope`: a value set by hand with `set_config` (tests do, to
probe the policies) holds only until the scope changes.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import models
from django.db.backends.signals import connection_created
from django.dispatch import receiver

NO_AUTHORITY = 0  # a scope that matches no row (anonymous or misconfigured users)
_current: ContextVar[int | None] = ContextVar("wegweiser_authority", default=None)
SETTING = "wegweiser.authority_id"


def current_authority_id() -> int | None:
    return _current.get()


@contextmanager
def authority_scope(authority_id: int | None) -> Iterator[None]:
    """Restrict every scoped query (and, on PostgreSQL, the session) to one authority."""
    token = _current.set(NO_AUTHORITY if authority_id is None else authority_id)
    try:
        yield
    finally:
        # A nested scope hands the outer scope back, never "unscoped" (also to the database:
        # its next statement is preceded by the outer scope's set_config).
        _current.reset(token)


def database_scope() -> str:
    """What the database should hold for the current context ("" = trusted system context)."""
    scope = _current.get()
    return "" if scope is None else str(scope)


class _Sent:
    """The scope last sent on one PostgreSQL connection, and whether it still holds."""

    __slots__ = ("raw", "value", "marker", "committed")

    def __init__(self, raw, value: str, marker=None) -> None:
        self.raw, self.value, self.marker, self.committed = raw, value, marker, marker is None

    def holds(self, db, value: str) -> bool:
        if self.raw is not db.connection or self.value != value:
            return False
        if self.committed:
            return True
        # Sent inside a transaction: valid while its on_commit marker is pending (not rolled back).
        return any(func is self.marker for _sids, func, _robust in db.run_on_commit)


def _sync_database_scope(execute, sql, params, many, context):
    db = context["connection"]
    value = database_scope()
    sent = getattr(db, "_wegweiser_scope", None)
    if sent is None or not sent.holds(db, value):
        context["cursor"].cursor.execute("SELECT set_config(%s, %s, false)", [SETTING, value])
        db._wegweiser_scope = _remember(db, value)
    result = execute(sql, params, many, context)
    if isinstance(sql, str) and sql.startswith("ROLLBACK TO SAVEPOINT"):
        db._wegweiser_scope = None  # also savepoints made by hand, which on_commit does not know
    return result


def _remember(db, value: str) -> _Sent | None:
    if not db.in_atomic_block:
        return _Sent(db.connection, value) if db.get_autocommit() else None

    def committed() -> None:
        # Hooks run after the commit, outside any atomic block; a test that runs captured hooks
        # inside its (later rolled back) transaction must not make the setting count as kept.
        if not db.in_atomic_block:
            sent.committed = True

    sent = _Sent(db.connection, value, marker=committed)
    db.on_commit(committed)
    return sent


@receiver(connection_created)
def _install_scope_wrapper(sender, connection, **kwargs) -> None:
    if connection.vendor == "postgresql" and _sync_database_scope not in connection.execute_wrappers:
        connection.execute_wrappers.append(_sync_database_scope)


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
