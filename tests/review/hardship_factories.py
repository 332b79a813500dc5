"""A pending § 23a petition for the shared test person (tests/conftest.py)."""

from datetime import date

from wegweiser.review import hardship
from wegweiser.review.models import HardshipPetition


def pending_petition(person, user, **fields) -> HardshipPetition:
    values = {"received_by_commission_on": date(2026, 9, 1), "filed_by": "Caritas",
              "office_informed_on": date(2026, 9, 10), "statement_due_on": date(2026, 10, 8),
              **fields}
    petition = HardshipPetition(person=person, authority_id=person.authority_id, **values)
    return hardship.save_petition(user, petition, None)
