from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .scoping import authority_scope

RENEW_AFTER_SECONDS = 60


class CurrentAuthorityMiddleware:
    """Every request runs inside the scope of the user's authority (or of none)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        authority_id = getattr(user, "authority_id", None) if user and user.is_authenticated else None
        with authority_scope(authority_id):
            return self.get_response(request)


class SessionRenewalMiddleware:
    """The idle timeout counts from the last request, but the session row is written at most
    once a minute: saving it on every request made every page a database write, and on SQLite
    writes queue behind one another (docs/decisions/0004). A session therefore ends between
    SESSION_COOKIE_AGE minus a minute and SESSION_COOKIE_AGE after the last request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        expires_at = getattr(request.session, "expires_at", None)  # accounts.sessions
        if expires_at is not None and _aged(expires_at):
            request.session.modified = True  # SessionMiddleware saves it with a new expiry
        return response


def _aged(expires_at) -> bool:
    renewed_at = expires_at - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    return timezone.now() - renewed_at >= timedelta(seconds=RENEW_AFTER_SECONDS)
