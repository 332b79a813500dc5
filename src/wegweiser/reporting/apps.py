import logging

from django.apps import AppConfig

logger = logging.getLogger(__name__)


class ReportingConfig(AppConfig):
    name = "wegweiser.reporting"
    label = "reporting"

    def ready(self) -> None:
        from wegweiser.screening.runs import run_done

        run_done.connect(store_run_figures, dispatch_uid="reporting.store_run_figures")


def store_run_figures(sender, run, **kwargs) -> None:
    """After a screening run, keep its dashboard figures with the run (kpis.integration), so that
    no web process pays the grouped pass over the run's results on its first dashboard."""
    from .kpis.integration import store_run_figures as store

    try:
        store(run)
    except Exception:  # the run itself succeeded; missing figures only cost the next page time
        logger.exception("Dashboard figures for run %s not stored", run.pk)
