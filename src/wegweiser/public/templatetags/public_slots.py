"""{% slot_days days %}: the free times as radio buttons, grouped by day.

A burst of bookings answers most visitors with the free times (409, "just taken"), and the free
times change far less often than they are shown. The fragment is therefore rendered once per
language, time zone and exact list of free starts and kept in a small per-process memory (the
list itself is read from the database on every request, so nothing shown is older than the
request).
"""

from collections import OrderedDict
from threading import Lock

from django import template
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wegweiser.counselling.booking import FreeStart

register = template.Library()

KEEP = 32
_rendered: OrderedDict[tuple, str] = OrderedDict()
_lock = Lock()


@register.simple_tag
def slot_days(days: list[tuple[object, list[FreeStart]]]) -> str:
    key = (translation.get_language(), timezone.get_current_timezone_name(),
           tuple((start.slot_pk, start.starts_at) for _day, starts in days for start in starts))
    with _lock:
        html = _rendered.get(key)
        if html is not None:
            _rendered.move_to_end(key)
            return html
    html = render_to_string("public/booking/_slot_days.html", {"days": days})
    with _lock:
        _rendered[key] = html
        while len(_rendered) > KEEP:
            _rendered.popitem(last=False)
    return html
