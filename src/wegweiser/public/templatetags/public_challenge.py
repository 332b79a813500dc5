from django import template

from wegweiser.public.challenge import new_challenge

register = template.Library()


@register.inclusion_tag("public/challenge_field.html", takes_context=True)
def challenge_field(context, phone: str = ""):
    """A fresh proof-of-work challenge inside a form (see wegweiser.public.challenge)."""
    return {"challenge": new_challenge(), "phone": phone, "csp_nonce": context.get("csp_nonce", "")}
