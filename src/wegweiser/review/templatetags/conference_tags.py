from django import template

from wegweiser.review import pseudonyms

register = template.Library()


@register.simple_tag(takes_context=True)
def case_label(context, person) -> str:
    """File number and initials; the name only for the person's assigned caseworker."""
    return pseudonyms.case_label(person, context.get("user"))


@register.filter
def pseudonym(person) -> str:
    return pseudonyms.pseudonym(person)
