"""Single use holds under concurrency: the same solved challenge sent by several threads at once
passes exactly once (a primary key in the used-challenge table decides)."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from wegweiser.public.challenge import new_challenge, solve, verify_challenge


# The test database of SQLite is shared in memory, where threads get "table is locked" instead of
# waiting; the production SQLite file waits (IMMEDIATE, timeout). Concurrency is proven on PostgreSQL.
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is tested on PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_one_of_eight_simultaneous_submissions_passes():
    challenge = new_challenge()
    data = {"challenge": challenge.token, "challenge_nonce": solve(challenge.token)}

    def submit(_):
        try:
            return verify_challenge(data)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(submit, range(8)))
    assert results.count(None) == 1
