"""The § 23a petitions of one person for the case page (one include, no change to its view)."""

from django import template

from wegweiser.accounts.roles import can

from .. import hardship
from ..models import HardshipPetition

register = template.Library()


@register.simple_tag(takes_context=True)
def hardship_for(context, person) -> dict | None:
    """Petitions with their state, newest first; None for roles that do not see them."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not can(user, "hardship.view"):
        return None
    petitions = HardshipPetition.objects.filter(person=person).select_related(
        "removal_request").order_by("-received_by_commission_on", "-pk")
    rows = [{"petition": p, "pending": hardship.is_pending(p),
             "suspended": hardship.removal_suspended(p),
             "released": hardship.removal_released(p)} for p in petitions]
    return {"rows": rows, "can_edit": can(user, "hardship.edit")}
