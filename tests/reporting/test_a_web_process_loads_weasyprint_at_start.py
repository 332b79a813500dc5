"""A web process (wegweiser.wsgi) loads the views and WeasyPrint with its fonts when it starts,
so that neither its first page nor its first committee report PDF waits for them."""

import importlib
import sys


def test_the_warm_up_loads_the_fonts_and_the_url_fetcher_once(monkeypatch):
    from wegweiser.reporting import pdf

    monkeypatch.setenv("WEGWEISER_WARM_UP", "false")  # importing alone does not warm up
    monkeypatch.setattr(pdf, "_loaded", {})
    wsgi = importlib.import_module("wegweiser.wsgi")
    assert pdf._loaded == {}

    wsgi._warm_up()
    fonts, fetcher = pdf._loaded["fonts"], pdf._loaded["fetcher"]
    pdf.render_pdf('<html lang="de"><title>T</title><p>T</p></html>')

    assert pdf._loaded["fonts"] is fonts and pdf._loaded["fetcher"] is fetcher
    assert "weasyprint" in sys.modules
