"""A run whose worker died must not block the worklist forever."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from tests.conftest import login
from wegweiser.screening.models import RunStatus, ScreeningRun


def stuck_run(authority, minutes_ago):
    run = ScreeningRun.objects.create(authority=authority, as_of=timezone.localdate(),
                                      status=RunStatus.EVALUATING)
    ScreeningRun.objects.filter(pk=run.pk).update(
        started_at=timezone.now() - timedelta(minutes=minutes_ago))
    run.refresh_from_db()
    return run


def test_a_recent_unfinished_run_blocks_a_second_start(client, caseworker, authority):
    run = stuck_run(authority, minutes_ago=5)
    login(client, caseworker).post(reverse("screening:start"))
    assert ScreeningRun.objects.count() == 1
    run.refresh_from_db()
    assert run.status == RunStatus.EVALUATING


def test_a_run_silent_for_over_30_minutes_is_given_up_and_a_new_one_starts(
        client, caseworker, authority, person):
    run = stuck_run(authority, minutes_ago=31)
    assert run.abandoned and run.finished
    login(client, caseworker).post(reverse("screening:start"))
    run.refresh_from_db()
    assert run.status == RunStatus.FAILED
    assert "nicht mehr gemeldet" in run.message
    newest = ScreeningRun.objects.order_by("-pk").first()
    assert newest.pk != run.pk and not newest.finished
