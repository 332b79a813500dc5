"""Public pages have no login; a desk in the address decides whose rows they may touch.

`for_desk` looks the desk up by its slug (404 if unknown) and runs the view inside that desk's
authority scope, so the scoped managers and PostgreSQL's row-level security apply to visitors
exactly as to staff: a visitor of desk A can never reach a row of authority B.
"""

from functools import wraps

from django.http import Http404

from wegweiser.accounts.scoping import authority_scope
from wegweiser.counselling.models import Desk


def for_desk(view):
    @wraps(view)
    def wrapper(request, desk_slug: str, *args, **kwargs):
        desk = Desk.unscoped.filter(slug=desk_slug).first()
        if desk is None:
            raise Http404
        with authority_scope(desk.authority_id):
            return view(request, desk, *args, **kwargs)

    return wrapper
