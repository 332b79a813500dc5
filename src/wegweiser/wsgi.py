import logging
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
application = get_wsgi_application()


def _warm_up() -> None:
    """Pay at process start what the first request would pay: importing every view (the URL
    configuration), the heaviest templates, and WeasyPrint with its fonts (the committee
    report's PDF). Set
    WEGWEISER_WARM_UP=false to start faster (then the first such request is slower)."""
    from django.conf import settings
    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation

    from wegweiser.reporting.pdf import warm_up

    resolver = get_resolver()
    with translation.override(settings.LANGUAGE_CODE):
        resolver.url_patterns  # noqa: B018 (imports the views)
        resolver.reverse_dict  # noqa: B018 (the first reverse() would build it)
    for name in ("reporting/dashboard.html", "reporting/report_detail.html",
                 "reporting/report_pdf.html"):
        get_template(name)  # compiled once per process (cached template loader)
    try:
        warm_up()
    except Exception:  # a missing font library must not stop the web server; the PDF will say so
        logging.getLogger(__name__).exception("WeasyPrint could not be loaded at start")


if os.environ.get("WEGWEISER_WARM_UP", "true").lower() != "false":
    _warm_up()
