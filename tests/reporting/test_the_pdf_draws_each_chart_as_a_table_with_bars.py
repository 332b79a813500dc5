"""In the committee report's PDF a chart is one table: label, number (suppressed as "< 5") and a
bar whose length is the value's share of the largest shown value - no suppressed value draws a
bar, so that its length cannot tell it either."""

import html
import re


def _rows(page: str) -> list[tuple[str, str, str]]:
    return [(label, html.unescape(text), bar) for label, text, bar in re.findall(
        r"<tr><td>(.*?)</td><td class=\"num\">(.*?)</td><td>(.*?)</td></tr>", page)]


def test_a_chart_is_a_table_of_numbers_and_bars():
    from django.template.loader import render_to_string

    from wegweiser.reporting.suppression import hidden_text
    from wegweiser.web.charts import bar_chart

    chart = bar_chart([("Hilden", 10), ("Haan", 5), ("Erkrath", 2), ("Velbert", 0)],
                      title="Erteilungen nach Wohnort", hide=hidden_text)
    page = render_to_string("reporting/pdf_chart.html", {"chart": chart})

    assert "<svg" not in page
    assert _rows(page) == [
        ("Hilden", "10", '<span class="bar" style="width: 100%"></span>'),
        ("Haan", "5", '<span class="bar" style="width: 50%"></span>'),
        ("Erkrath", "< 5", ""),
        ("Velbert", "0", "")]


def test_the_report_pdf_has_one_such_table_per_chart(district, authority, users):
    from tests.reporting.report_helpers import new_report
    from wegweiser.reporting.pdf import report_context, report_html

    report = new_report(authority, users["controlling"])
    context = report_context(report)
    charts = [context["funnel_chart"], *(c for s in context["sections"] for c in s["charts"])]
    page = report_html(report)

    assert "<svg" not in page
    assert page.count('<table class="chart">') == len([c for c in charts if c.bars])
