"""The role matrix in templates: show a link or button only to a role that may use it.

    {% load roles %}
    {% if user|can:"case.history" %}<a href="…">Änderungsverlauf</a>{% endif %}

The same `can` as the views' `@requires`, so a page never offers what would answer 403.
"""

from django import template

from wegweiser.accounts.roles import can as role_can

register = template.Library()


@register.filter
def can(user, action: str) -> bool:
    return role_can(user, action)
