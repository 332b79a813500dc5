from .scoping import authority_scope


class CurrentAuthorityMiddleware:
    """Every request runs inside the scope of the user's authority (or of none)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        authority_id = getattr(user, "authority_id", None) if user and user.is_authenticated else None
        with authority_scope(authority_id):
            return self.get_response(request)
