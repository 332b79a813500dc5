"""Small-number suppression: 1 to 4 become "< 5" in everything that leaves the office."""

import csv
import io

import pytest


@pytest.mark.parametrize(("value", "text"), [(0, "0"), (1, "< 5"), (4, "< 5"), (5, "5"),
                                             (1234, "1.234"), (None, "noch nicht erfasst")])
def test_suppress_hides_counts_below_the_threshold(value, text):
    from wegweiser.reporting.suppression import suppress

    assert suppress(value) == text


def test_averages_and_shares_are_not_suppressed():
    from wegweiser.reporting.suppression import suppress

    assert suppress(3, suppressible=False) == "3"


def test_the_threshold_is_a_setting(settings):
    from wegweiser.reporting.suppression import suppress

    settings.WEGWEISER_SUPPRESS_BELOW = 10
    assert suppress(9) == "< 10"
    assert suppress(10) == "10"


def test_a_suppressed_bar_is_not_drawn():
    from wegweiser.reporting.suppression import hidden_text
    from wegweiser.web.charts import bar_chart

    chart = bar_chart([("A", 3), ("B", 20)], title="T", hide=hidden_text)
    small, large = chart.bars
    assert (small.text, small.width) == ("< 5", 0)
    assert large.text == "20" and large.width > 0


def test_the_export_suppresses_but_the_dashboard_does_not(district, client, users):
    from tests.conftest import login

    login(client, users["controlling"])
    query = "?start=2026-01-01&end=2026-06-30"
    response = client.get("/berichte/kennzahlen.csv" + query)
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    values = {row[1]: row[3] for row in rows[1:] if not row[2]}
    assert values["Geprüfte Personen"] == "< 5"
    assert values["Fallkonferenzen"] == "< 5"
    assert values["Leitlinien in Kraft"] == "1"  # not a count of persons or cases
    page = client.get("/berichte/" + query).content.decode()
    row = page.split('id="kpi-screened"')[1].split("</tr>")[0]
    assert '">4</td>' in row  # exact inside the office


def test_the_xlsx_export_suppresses_too(district, client, users):
    from openpyxl import load_workbook

    from tests.conftest import login

    login(client, users["head"])
    response = client.get("/berichte/kennzahlen.xlsx?start=2026-01-01&end=2026-06-30")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = {row[1]: row[3] for row in sheet.iter_rows(min_row=2, values_only=True) if not row[2]}
    assert values["Erteilte Aufenthaltserlaubnisse"] == "< 5"
