"""The committee report's figures are the dashboard's for the same period (suppressed), and an
approved report keeps the figures it was approved with."""

from tests.conftest import login
from tests.reporting.report_helpers import new_report


def test_report_figures_equal_the_dashboard_figures(district, authority, users, period, client):
    from wegweiser.reporting import figures as fig
    from wegweiser.reporting.pdf import report_context
    from wegweiser.reporting.suppression import suppress

    report = new_report(authority, users["controlling"])
    dashboard = {f.key: f for f in fig.shown_figures(fig.snapshot(authority.pk, period), False)}
    shown = {f.key: f for s in report_context(report)["sections"] for f in s["figures"]}
    assert set(shown) == set(dashboard)
    for key, figure in shown.items():
        assert figure.value == dashboard[key].value
        if figure.recorded:
            kpi_suppressible = fig.REGISTRY[key].suppressible
            assert figure.text == suppress(dashboard[key].value, kpi_suppressible)
    login(client, users["head"])
    page = client.get(f"/berichte/vorlagen/{report.pk}/").content.decode()
    assert "Geprüfte Personen" in page


def test_an_approved_report_keeps_its_figures(district, authority, users, period):
    from tests.conftest import make_person
    from tests.reporting.district import run
    from wegweiser.reporting import reports

    report = new_report(authority, users["controlling"])
    reports.approve(users["head"], report, report.version)
    assert report.figures["figures"]["screened"] == 4
    newcomer = make_person(authority, file_number="KT-99")
    run(authority, period.end, [(newcomer, "p25b", "may", 60)])
    from wegweiser.reporting.pdf import report_context

    shown = {f.key: f.value for s in report_context(report)["sections"] for f in s["figures"]}
    assert shown["screened"] == 4
