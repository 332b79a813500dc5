"""python manage.py booking_housekeeping

Every few minutes from cron: releases unconfirmed holds and expired waitlist offers (the freed
slots go to the next person on the waitlist), sends the reminders for tomorrow (once each) and
extends every desk's calendar to its horizon plus the booking-code head start.
"""

from django.core.management.base import BaseCommand

from wegweiser.counselling import booking
from wegweiser.counselling.models import Desk


class Command(BaseCommand):
    help = ("Gibt unbestätigte Reservierungen frei, verschickt Erinnerungen für morgen und legt "
            "die Zeitfenster bis zum Buchungshorizont an.")

    def handle(self, *args, **options):
        expired = booking.expire_holds()
        reminded = booking.send_reminders()
        for desk in Desk.unscoped.all():
            booking.ensure_slots(desk)
        self.stdout.write(f"{expired} Reservierungen freigegeben, {reminded} Erinnerungen "
                          "verschickt.")
