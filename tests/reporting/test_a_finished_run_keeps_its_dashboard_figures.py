"""A finished screening run keeps its dashboard figures with it (sent by run_done), and the
dashboard reads them from the run instead of grouping its results again."""

from datetime import date

from django.test import override_settings

from tests.reporting.district import EXPECTED


def _latest_run(authority):
    from wegweiser.screening.models import ScreeningRun

    return ScreeningRun.objects.filter(authority=authority, as_of=date(2026, 5, 31)).get()


def test_run_done_stores_the_counts_and_towns_of_the_run(district, authority):
    from wegweiser.screening.models import ScreeningRun
    from wegweiser.screening.runs import run_done

    run = _latest_run(authority)
    run_done.send(sender=ScreeningRun, run=run)

    stored = ScreeningRun.objects.get(pk=run.pk).counts["reporting"]
    assert stored["counts"] == {
        "screened": EXPECTED["screened"], "long_term": EXPECTED["long_term_tolerated"],
        "met": EXPECTED["pathways_met"], "pending": EXPECTED["pathways_pending"],
        "unknown": EXPECTED["pathways_unknown"]}
    assert stored["towns"] == {"Teststadt": 3}


def test_the_dashboard_reads_the_stored_figures_of_the_run(district, authority, period):
    from wegweiser.reporting.kpis.integration import long_term_tolerated, screened
    from wegweiser.screening.models import ScreeningRun

    run = _latest_run(authority)
    stored = {"threshold": 12, "counts": {"screened": 40, "long_term": 30, "met": 10,
                                          "pending": 10, "unknown": 10}, "towns": {}}
    ScreeningRun.objects.filter(pk=run.pk).update(counts={"reporting": stored})

    with override_settings(WEGWEISER_LONG_TERM_DULDUNG_MONTHS=12):
        assert screened(authority.pk, period) == 40
    with override_settings(WEGWEISER_LONG_TERM_DULDUNG_MONTHS=24):  # another threshold: counted
        assert screened(authority.pk, period) == 4
        assert long_term_tolerated(authority.pk, period) == 2  # P1 30, P4 40 months
