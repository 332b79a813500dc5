from django import template

from wegweiser.counselling.models import Topic
from wegweiser.public.topics import topic_html

register = template.Library()


@register.filter
def topic_name(topic: Topic):
    """{{ appointment.topic|topic_name }}: the visitor's language, else German marked lang="de"."""
    return topic_html(topic)
