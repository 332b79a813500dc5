"""A per-IP rate limit for the public forms, shared by all web workers (a counter table).

    from wegweiser.public.ratelimit import rate_limit

    @rate_limit("booking")                  # POSTs only; WEGWEISER_RATE_LIMIT_PER_MINUTE (10)
    def book(request, desk): ...

    @rate_limit("lookup", per_minute=30, methods=("GET", "POST"))
    def lookup(request): ...

Over the limit the view is not called: the visitor gets a 429 page in their language
(`public/too_many_requests.html`, with a Retry-After header). `over_limit(request, scope)`
counts one request and answers True/False, for code that wants to decide itself.

The client address is REMOTE_ADDR. Behind a reverse proxy every visitor has the proxy's address;
set WEGWEISER_TRUSTED_PROXY=true only when a proxy you run sets X-Forwarded-For (then its last
entry, the one your proxy added, counts) — otherwise a visitor could forge the header. Addresses
are stored only as a keyed hash, with the window's end; rows of past windows are deleted.
"""

from collections.abc import Callable, Iterable
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import RateCount

WINDOW_SECONDS = 60


def per_minute() -> int:
    return int(getattr(settings, "WEGWEISER_RATE_LIMIT_PER_MINUTE", 10))


def enabled() -> bool:
    """WEGWEISER_PUBLIC_RATE_LIMIT=off switches the decorator off (benchmarks only)."""
    return bool(getattr(settings, "WEGWEISER_PUBLIC_RATE_LIMIT", True))


def client_ip(request) -> str:
    if getattr(settings, "WEGWEISER_TRUSTED_PROXY", False):
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if forwarded and forwarded[-1]:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR", "")


def over_limit(request, scope: str, limit: int | None = None) -> bool:
    """Counts this request; True if it is more than `limit` in the current minute."""
    limit = per_minute() if limit is None else limit
    now = timezone.now()
    window = int(now.timestamp()) // WINDOW_SECONDS
    client = salted_hmac("wegweiser.public.ratelimit", client_ip(request),
                         algorithm="sha256").hexdigest()[:32]
    key = f"{scope[:40]}:{client}:{window}"
    return _count(key, now + timedelta(seconds=WINDOW_SECONDS)) > limit


def _count(key: str, expires) -> int:
    """This request's number in the window. One UPDATE … RETURNING per request: the increment and
    the number it yields are one atomic step, so simultaneous requests of several workers get
    1, 2, 3 … and none is lost or counted twice (PostgreSQL; SQLite ≥ 3.35)."""
    number = _increment(key)
    if number is None:
        RateCount.objects.filter(expires__lt=timezone.now()).delete()
        try:
            with transaction.atomic():
                RateCount.objects.create(key=key, count=1, expires=expires)
            return 1
        except IntegrityError:  # another worker created it first
            number = _increment(key)
    return number or 0


def _increment(key: str) -> int | None:
    quote = connection.ops.quote_name
    table, count, key_column = (quote(RateCount._meta.db_table), quote("count"), quote("key"))
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {count} = {count} + 1 WHERE {key_column} = %s "
                       f"RETURNING {count}", [key])
        row = cursor.fetchone()
    return row[0] if row else None


def too_many_requests(request):
    response = render(request, "public/too_many_requests.html", status=429)
    response["Retry-After"] = str(WINDOW_SECONDS)
    return response


def rate_limit(scope: str, per_minute: int | None = None,
               methods: Iterable[str] = ("POST",)) -> Callable:
    limited = {m.upper() for m in methods}

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if (request.method in limited and enabled()
                    and over_limit(request, scope, per_minute)):
                return too_many_requests(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
