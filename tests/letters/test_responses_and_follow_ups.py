"""Responses per letter (booked, came, applied); no reaction after N weeks gives one follow-up."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from tests.letters.helpers import start, world


def _dispatched(authority, caseworker, weeks_ago=7):
    from wegweiser.letters.models import Letter

    w = world(authority)
    start(caseworker, w)
    Letter.objects.update(dispatched_on=timezone.localdate() - timedelta(weeks=weeks_ago),
                          dispatch_channel="post")
    return w


def _book(letter, outcome=""):
    from wegweiser.counselling.models import Appointment, Topic

    now = timezone.now()
    return Appointment.objects.create(authority_id=letter.authority_id,
                                      desk=letter.booking_code.desk,
                                      topic=Topic.objects.first(), starts_at=now,
                                      ends_at=now + timedelta(minutes=30), outcome=outcome,
                                      booking_code=letter.booking_code)


def test_booking_attending_and_applying_are_seen(authority, caseworker):
    from wegweiser.cases.models import Application
    from wegweiser.letters.models import Letter
    from wegweiser.letters.responses import responses

    _dispatched(authority, caseworker)
    family = Letter.objects.get(addressee__family_name="Haddad")
    demir = Letter.objects.get(addressee__family_name="Demir")
    _book(family, outcome="attended")
    Application.objects.create(authority=authority, person=demir.addressee,
                               received_on=timezone.localdate(), subject="residence_permit",
                               channel="counselling")

    answers = responses([family, demir])
    assert answers[family.pk].booked and answers[family.pk].attended
    assert answers[demir.pk].applied and not answers[demir.pk].booked


def test_no_reaction_gives_one_follow_up_however_often_it_runs(authority, caseworker):
    from wegweiser.cases.models import FollowUp
    from wegweiser.letters.models import Letter

    _dispatched(authority, caseworker)
    _book(Letter.objects.get(addressee__family_name="Haddad"))

    call_command("letter_follow_ups")
    call_command("letter_follow_ups")

    (follow_up,) = FollowUp.objects.all()
    assert follow_up.person.family_name == "Demir" and follow_up.assignee == caseworker
    assert "Keine Reaktion" in follow_up.reason
    assert Letter.objects.get(addressee__family_name="Demir").follow_up == follow_up


def test_before_n_weeks_there_is_no_follow_up(authority, caseworker, settings):
    from wegweiser.cases.models import FollowUp

    settings.WEGWEISER_LETTER_FOLLOW_UP_WEEKS = 6
    _dispatched(authority, caseworker, weeks_ago=5)
    call_command("letter_follow_ups")
    assert not FollowUp.objects.exists()
