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
from .records import (
    Analysis,
    Client,
    Consent,
    DataCategory,
    Goal,
    Measure,
    MeasureStatus,
    PlanStatus,
    Recipient,
    RecordFollowUp,
    RecordTopic,
    Referral,
    Session,
)

__all__ = ["Appointment", "AppointmentStatus", "BookingCode", "Channel", "ClosedDay", "Contingent",
           "Desk", "OpeningHours", "Outcome", "QueueTicket", "Slot", "SlotClaim", "TicketStatus",
           "Topic", "WaitlistEntry", "WaitlistStatus", "Weekday",
           # counselling records
           "Analysis", "Client", "Consent", "DataCategory", "Goal", "Measure", "MeasureStatus",
           "PlanStatus", "Recipient", "RecordFollowUp", "RecordTopic", "Referral", "Session"]
