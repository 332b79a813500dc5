import logging

from django.apps import AppConfig

logger = logging.getLogger(__name__)


class ReviewConfig(AppConfig):
    name = "wegweiser.review"
    label = "review"

    def ready(self) -> None:
        from wegweiser.screening.runs import run_done

        run_done.connect(prebuild_constellation_frame, dispatch_uid="review.prebuild_frame")


def prebuild_constellation_frame(sender, run, **kwargs) -> None:
    """After a screening run, store the day's constellation data on disk (review.frame_store),
    so that the first constellation page of a web process does not read every case file."""
    from wegweiser.screening.policy import policy_for

    from . import constellation_frame, frame_store

    if not frame_store.enabled():
        return
    try:
        constellation_frame.build_and_store(run.authority_id, run.as_of, policy_for(run.authority_id))
    except Exception:  # the run itself succeeded; a missing copy only costs the next page time
        logger.exception("Constellation data for run %s not stored", run.pk)
