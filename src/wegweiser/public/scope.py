"""Public pages have no login; a desk in the address decides whose rows they may touch.

`for_desk` looks the desk up by its slug (404 if unknown) and runs the view inside that desk's
authority scope, so the scoped managers and PostgreSQL's row-level security apply to visitors
exactly as to staff: a visitor of desk A can never reach a row of authority B.

The desk is read inside its authority's scope: which authority a slug belongs to is remembered
per process (a slug that no longer fits is looked up afresh), so a visitor's request does not
switch the database connection's scope back and forth (accounts.scoping sends `set_config` only
on a change).
"""

from functools import wraps

from django.http import Http404

from wegweiser.accounts.scoping import authority_scope
from wegweiser.counselling.models import Desk

_authority_of_slug: dict[str, int] = {}  # only slugs of existing desks, so it stays small


def for_desk(view):
    @wraps(view)
    def wrapper(request, desk_slug: str, *args, **kwargs):
        known = _authority_of_slug.get(desk_slug)
        if known is not None:
            with authority_scope(known):
                desk = Desk.objects.filter(slug=desk_slug).first()
                if desk is not None:
                    return view(request, desk, *args, **kwargs)
        desk = Desk.unscoped.filter(slug=desk_slug).first()
        if desk is None:
            _authority_of_slug.pop(desk_slug, None)
            raise Http404
        _authority_of_slug[desk_slug] = desk.authority_id
        with authority_scope(desk.authority_id):
            return view(request, desk, *args, **kwargs)

    return wrapper
