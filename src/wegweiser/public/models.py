"""Two small system tables of the abuse protection (no personal data beyond a keyed hash of an IP
address, no authority: they protect the public pages of every desk alike).

Rows live in the database, not in a process's memory, so that several gunicorn workers share
one count and one list of used challenges; both are written with single atomic statements.
"""

from django.db import models


class RateCount(models.Model):
    """Requests of one client (keyed hash of its IP) in one scope and one time window."""

    key = models.CharField(max_length=120, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"


class UsedChallenge(models.Model):
    """A solved proof-of-work challenge, kept until it would have expired anyway: single use."""

    id = models.CharField(max_length=64, primary_key=True)
    expires = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return self.id
