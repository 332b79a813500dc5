"""Background work of the booking (worker: `manage.py db_worker`; cron calls the commands)."""

from django.tasks import task

from . import booking
from .models import Desk


@task
def expire_unconfirmed_holds() -> int:
    return booking.expire_holds()


@task
def send_booking_reminders() -> int:
    return booking.send_reminders()


@task
def prune_booking_data() -> int:
    return booking.prune_bookings().appointments


@task
def extend_calendars() -> int:
    desks = list(Desk.unscoped.all())
    for desk in desks:
        booking.ensure_slots(desk)
    return len(desks)
