from .booking import (
    Appointment,
    AppointmentStatus,
    BookingCode,
    Channel,
    Outcome,
    WaitlistEntry,
    WaitlistStatus,
)
from .calendar import Contingent, Slot, SlotClaim
from .desk import ClosedDay, Desk, OpeningHours, Topic, Weekday
from .queue import QueueTicket, TicketStatus

__all__ = ["Appointment", "AppointmentStatus", "BookingCode", "Channel", "ClosedDay", "Contingent",
           "Desk", "OpeningHours", "Outcome", "QueueTicket", "Slot", "SlotClaim", "TicketStatus",
           "Topic", "WaitlistEntry", "WaitlistStatus", "Weekday"]
