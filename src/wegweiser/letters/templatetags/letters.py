"""The letters of one person for the case page (one include, no change to its view)."""

from django import template

from wegweiser.accounts.roles import can

from ..models import Letter, PostalAddress

register = template.Library()


@register.simple_tag(takes_context=True)
def letters_for(context, person) -> dict | None:
    """Letters naming the person, newest first, and the address; None for roles without access."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not can(user, "mailrun.view"):
        return None
    rows = Letter.objects.filter(member_rows__person=person).order_by("-created_at", "-pk")
    return {"rows": list(rows), "address": PostalAddress.objects.filter(person=person).first(),
            "can_edit": can(user, "case.edit")}
