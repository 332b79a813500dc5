"""Database sessions that remember their expiry date, so that SessionRenewalMiddleware can renew
it once it has aged instead of writing the session row on every request."""

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore


class SessionStore(DatabaseSessionStore):
    expires_at = None  # of the row as loaded; None for a session not (or no longer) stored

    def _get_session_from_db(self):
        row = super()._get_session_from_db()
        self.expires_at = row.expire_date if row is not None else None
        return row
