"""The "Beratung" section of the case page: what the person consented to share, nothing else."""

from django import template

from wegweiser.accounts.roles import can

from ..records import shared_with_casework

register = template.Library()


@register.inclusion_tag("counselling/case_section.html", takes_context=True)
def counselling_section(context, person):
    user = context["user"]
    visible = can(user, "counselling.shared") or can(user, "counselling.record")
    return {"visible": visible, "person": person,
            "shared": shared_with_casework(person) if visible else [],
            "counsellor": can(user, "counselling.record")}


@register.filter
def shows(item, category: str) -> bool:
    """True if the consent behind this item releases the category (and is in force)."""
    return item.shows(category)
