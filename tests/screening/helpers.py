"""Running a screening in tests: the task runs immediately once the request commits."""

from django.urls import reverse

from tests.conftest import login


def run_screening(client, user, capture):
    """Start a run through the page, as a caseworker would, and return the stored run."""
    from wegweiser.screening.models import ScreeningRun

    login(client, user)
    with capture(execute=True):
        response = client.post(reverse("screening:start"))
    assert response.status_code == 302
    return ScreeningRun.objects.order_by("-pk").first()


def run_directly(authority, as_of, user=None):
    from wegweiser.screening.models import ScreeningRun
    from wegweiser.screening.runs import execute

    run = ScreeningRun.objects.create(authority=authority, as_of=as_of, started_by=user)
    execute(run)
    run.refresh_from_db()
    return run
