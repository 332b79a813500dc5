"""The statement's due date becomes a follow-up of the case (through cases.services): created
with the petition, moved with the date, done once the statement is sent or the commission has
decided."""

from datetime import date

from review.hardship_factories import pending_petition
from wegweiser.cases.models import FollowUp
from wegweiser.review import hardship


def test_a_petition_with_a_due_date_creates_the_follow_up(person, caseworker):
    petition = pending_petition(person, caseworker)

    follow_up = FollowUp.objects.get(person=person)
    assert petition.statement_follow_up == follow_up
    assert follow_up.due_date == date(2026, 10, 8) and not follow_up.done
    assert "Stellungnahme" in follow_up.reason
    assert follow_up.history.count() == 1  # written through the one door (history)


def test_a_new_due_date_moves_the_follow_up(person, caseworker):
    petition = pending_petition(person, caseworker)
    petition.statement_due_on = date(2026, 10, 22)

    hardship.save_petition(caseworker, petition, petition.version)

    assert list(FollowUp.objects.values_list("due_date", flat=True)) == [date(2026, 10, 22)]


def test_sending_the_statement_completes_the_follow_up(person, caseworker):
    petition = pending_petition(person, caseworker)
    petition.statement_sent_on, petition.statement = date(2026, 10, 1), "Stellungnahme"

    hardship.save_petition(caseworker, petition, petition.version)

    assert FollowUp.objects.get().done


def test_the_commissions_decision_completes_an_open_follow_up(person, caseworker):
    petition = pending_petition(person, caseworker)
    petition.commission_outcome, petition.commission_decided_on = "no_ersuchen", date(2026, 11, 1)

    hardship.save_petition(caseworker, petition, petition.version)

    assert FollowUp.objects.get().done


def test_no_due_date_no_follow_up(person, caseworker):
    pending_petition(person, caseworker, statement_due_on=None)

    assert not FollowUp.objects.exists()
