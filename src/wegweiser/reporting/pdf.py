"""The committee report and the proof of use (Verwendungsnachweis) as PDF (WeasyPrint).

Always German (documents for the council and the funding body, like the conference minutes).
The PDF is PDF/A-3a: archivable (PDF/A-3) and tagged for screen readers (level "a" requires the
structure tree that PDF/UA readers use); WeasyPrint >= 65 writes it with `pdf_variant`.
"""

from __future__ import annotations

import threading
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import figures as fig
from . import grants
from .models import CommitteeReport, Consultation, Grant

PDF_VARIANT = "pdf/a-3a"


_loaded: dict[str, Any] = {}
_lock = threading.Lock()


def _font_config() -> Any:
    """WeasyPrint's font configuration, loaded once per process (fontconfig scans the fonts)."""
    if "fonts" not in _loaded:
        from weasyprint.text.fonts import FontConfiguration

        _loaded["fonts"] = FontConfiguration()
    return _loaded["fonts"]


def _url_fetcher() -> Any:
    """The report needs nothing from outside (charts and styles are in the page): only data:
    URLs are read, nothing from the network or the disk - and the fetcher (its TLS context
    alone costs about 0.1 s) is made once per process."""
    if "fetcher" not in _loaded:
        from weasyprint.urls import URLFetcher

        _loaded["fetcher"] = URLFetcher(allowed_protocols=("data",))
    return _loaded["fetcher"]


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported on use (or by warm_up): it loads fonts and Pango

    # One document at a time per process: the font configuration is shared, and the layout is
    # pure computation that would only take turns under the GIL anyway.
    with _lock:
        return HTML(string=html, url_fetcher=_url_fetcher()).write_pdf(
            pdf_variant=PDF_VARIANT, font_config=_font_config())


def warm_up() -> None:
    """Import WeasyPrint and load the fonts and Pango with a tiny document, at process start
    (wegweiser.wsgi): otherwise the first report approved in a process pays several seconds."""
    render_pdf('<html lang="de"><title>Wegweiser</title><p>Wegweiser</p></html>')


def report_context(report: CommitteeReport) -> dict[str, Any]:
    """The report with its figures: frozen ones once approved, live ones while a draft - always
    suppressed, as the report leaves the office."""
    from .reports import period

    snap = report.figures if report.approved and report.figures else fig.snapshot(
        report.authority_id, period(report))
    return {
        "report": report,
        "consultations": list(Consultation.unscoped.filter(report=report).order_by("position")),
        "sections": report_sections(report, snap),
        "funnel": fig.funnel(snap, outward=True),
        "funnel_chart": fig.funnel_chart(snap, outward=True),
        "snapshot": snap,
    }


SECTIONS = [
    ("integration", "text_integration", ("integration", "hardship")),
    ("counselling", "text_counselling", ("counselling",)),
    ("dialogue", "text_dialogue", ("dialogue",)),
    ("training", "text_training", ("training",)),
]


def report_sections(report: CommitteeReport, snap: dict[str, Any]) -> list[dict[str, Any]]:
    """The facts section by the four pillars: free text, figures and charts of each."""
    labels = {f.name: f.verbose_name for f in CommitteeReport._meta.fields}
    sections = []
    for number, (key, text_field, pillars) in enumerate(SECTIONS, start=1):
        sections.append({
            "number": number, "key": key, "field": text_field,
            "title": str(labels[text_field]).split(": ", 1)[-1],
            "text": getattr(report, text_field),
            "figures": [f for p in pillars for f in fig.shown_figures(snap, True, p)],
            "charts": [c for p in pillars for c in fig.charts(snap, True, p)],
        })
    return sections


def report_html(report: CommitteeReport) -> str:
    with translation.override("de"):
        return render_to_string("reporting/report_pdf.html", {
            **report_context(report), "generated_at": timezone.localtime()})


def report_pdf(report: CommitteeReport) -> bytes:
    return render_pdf(report_html(report))


def proof_html(grant: Grant) -> str:
    sums = grants.line_sums(grant)
    with translation.override("de"):
        return render_to_string("reporting/proof_pdf.html", {
            "grant": grant, "sums": sums, "totals": grants.totals(sums),
            "milestones": list(grant.milestones.order_by("due_on")),
            "expenses": list(grant.expenses.select_related("line", "training_event").order_by(
                "spent_on", "pk")),
            "keep_until": grants.keep_until(grant), "generated_at": timezone.localtime()})


def proof_pdf(grant: Grant) -> bytes:
    return render_pdf(proof_html(grant))
