"""The rate limit counts in the database with one atomic statement per request: posts sent at the
same moment by several threads (workers) are all counted, none slips through."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

from wegweiser.public.ratelimit import rate_limit


@rate_limit("simultaneous", per_minute=5)
def view(request):
    return HttpResponse("ok")


def post(_):
    try:
        return view(RequestFactory().post("/", REMOTE_ADDR="203.0.113.9")).status_code
    finally:
        connection.close()


# The test database of SQLite is shared in memory, where threads get "table is locked" instead of
# waiting; the production SQLite file waits (IMMEDIATE, timeout). Concurrency is proven on PostgreSQL.
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is tested on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_of_twelve_simultaneous_posts_exactly_five_pass(one_minute):
    with ThreadPoolExecutor(max_workers=6) as pool:
        codes = list(pool.map(post, range(12)))
    assert sorted(codes) == [200] * 5 + [429] * 7
