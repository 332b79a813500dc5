from datetime import timedelta

from django.utils import timezone

from wegweiser.letters.models import Letter, LetterMember, MailRunStatus

from .conftest import DISTRICT_DAY as TODAY


def test_the_mail_run_to_the_met_now_group_is_done_and_dispatched_three_weeks_ago(district):
    run = district[1].mail_run
    assert run.group == "met_now" and run.status == MailRunStatus.DONE
    assert run.dispatched_on == min(TODAY, timezone.localdate()) - timedelta(weeks=3)
    letters = Letter.unscoped.filter(run=run)
    assert letters.count() == run.counts["letters"] > 0
    assert not letters.filter(dispatched_on__isnull=True).exists()
    assert not letters.filter(booking_code__isnull=True).exists()


def test_every_person_of_the_group_is_in_one_letter_or_listed_without_address(district):
    run = district[1].mail_run
    members = list(LetterMember.unscoped.filter(letter__run=run).values_list("person_id",
                                                                             flat=True))
    assert len(members) == len(set(members))  # nobody gets two letters
    assert len(members) + run.counts["no_address"] == run.counts["persons"]
    letters_with_members = LetterMember.unscoped.filter(letter__run=run).values(
        "letter").distinct().count()
    assert letters_with_members == run.counts["letters"]
