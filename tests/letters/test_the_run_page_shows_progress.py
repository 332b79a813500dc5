"""While the run is written, the page polls its progress (htmx) and shows a progress bar."""

from tests.conftest import login
from tests.letters.helpers import world


def test_a_queued_run_polls_and_a_finished_one_shows_counts(client, authority, caseworker):
    from wegweiser.letters.mailruns import create_run, execute

    w = world(authority)
    run = create_run(caseworker, screening_run=w["run"], group="met_now", desk=w["desk"],
                     enqueue=False)
    login(client, caseworker)

    partial = client.get(f"/anschreiben/serienbriefe/{run.pk}/", headers={"HX-Request": "true"})
    assert 'hx-trigger="every 2s"' in partial.content.decode()
    assert "<progress" in partial.content.decode()

    execute(run)
    page = client.get(f"/anschreiben/serienbriefe/{run.pk}/").content.decode()
    assert "hx-trigger" not in page and "Druckdatei" in page
