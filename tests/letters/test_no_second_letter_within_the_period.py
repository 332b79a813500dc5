"""Re-running does not write twice to a household for the same reason within the period."""

from datetime import timedelta

from tests.letters.helpers import start, world


def test_a_second_run_skips_households_already_written_to(authority, caseworker):
    from wegweiser.letters.models import Letter, MailRun

    w = world(authority)
    start(caseworker, w)
    second = MailRun.objects.get(pk=start(caseworker, w).pk)

    assert second.counts["letters"] == 0
    assert second.counts["duplicates"] == 2
    assert Letter.objects.count() == 2


def test_another_reason_is_written_to(authority, caseworker):
    from wegweiser.letters.models import MailRun

    w = world(authority)
    start(caseworker, w)
    missing = MailRun.objects.get(pk=start(caseworker, w, group="missing").pk)

    assert missing.counts["letters"] == 1 and missing.counts["duplicates"] == 0


def test_after_the_period_the_household_is_written_to_again(authority, caseworker, settings):
    from wegweiser.letters.models import Letter, MailRun

    w = world(authority)
    start(caseworker, w)
    Letter.objects.update(created_at=Letter.objects.first().created_at - timedelta(days=181))
    settings.WEGWEISER_LETTER_REPEAT_DAYS = 180
    again = MailRun.objects.get(pk=start(caseworker, w).pk)

    assert again.counts["letters"] == 2
