"""Small includes other apps' pages use: what partners told us, and my open dialogue actions.

The tags keep the edits in the review and cases templates to one line each.
"""

from django import template
from django.utils import timezone

from wegweiser.accounts.roles import can
from wegweiser.review.models.guideline import VersionState

from ..meetings import my_open_actions
from ..models import Concern

register = template.Library()


@register.inclusion_tag("dialogue/concerns_panel.html", takes_context=True)
def dialogue_concerns(context, guideline=None, constellation=None):
    """Concerns raised by partners about a guideline or constellation of the own authority,
    and for the head the button that publishes the definition to the shared catalogue."""
    user = context["request"].user
    rows = Concern.objects.none()
    if guideline is not None:
        rows = Concern.objects.filter(guideline=guideline)
    elif constellation is not None:
        rows = Concern.objects.filter(constellation=constellation)
    publishable = None
    if can(user, "catalogue.publish"):
        publishable = (guideline.versions.filter(state=VersionState.APPROVED).order_by(
            "-number").first() if guideline is not None else None)
    return {"concerns": list(rows.select_related("organisation", "meeting")),
            "can_view": can(user, "dialogue.view"), "publish_version": publishable,
            "publish_constellation": constellation if can(user, "catalogue.publish") else None}


@register.inclusion_tag("dialogue/my_actions.html", takes_context=True)
def my_dialogue_actions(context):
    user = context["request"].user
    return {"actions": list(my_open_actions(user)), "today": timezone.localdate(),
            "can_edit": can(user, "dialogue.edit")}
