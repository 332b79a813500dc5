"""Bar charts are drawn at reading size with whole labels (in the demo they were tiny and cut
labels off after 22 characters), with a title, a description and the numbers as a table."""

import re

from django.template.loader import render_to_string

from wegweiser.web.charts import CHAR_WIDTH, bar_chart

LONG = "Inhaber/in einer Aufenthaltserlaubnis nach § 104c a.F."


def render(chart) -> str:
    return render_to_string("web/bar_chart.html", {"chart": chart})


def test_long_labels_are_drawn_whole_and_fit(db):
    chart = bar_chart([(LONG, 1200), ("kurz", 3)], title="Test")
    html = render(chart)
    assert f">{LONG}</text>" in html and "…" not in html
    assert chart.label_width >= len(LONG) * CHAR_WIDTH
    width, height = (int(v) for v in re.search(r'<svg width="(\d+)" height="(\d+)"', html).groups())
    assert f'viewBox="0 0 {width} {height}"' in html  # drawn at its own size, not shrunk
    assert re.findall(r'font-size="(\d+)"', html) == ["16"] * 4


def test_the_chart_has_a_title_a_description_and_a_table(db):
    html = render(bar_chart([("§ 25b Abs. 1 AufenthG", 579), ("§ 60d AufenthG", 10)],
                            title="Jetzt erfüllt", unit="Personen"))
    ids = re.search(r'role="img" aria-labelledby="([^ "]+) ([^"]+)"', html).groups()
    assert f'<title id="{ids[0]}">Jetzt erfüllt</title>' in html
    assert re.search(rf'<desc id="{ids[1]}">[^<]*§ 25b Abs. 1 AufenthG mit 579', html)
    assert 'scope="col">Personen</th>' in html
    assert '<th class="kern-table__header" scope="row">§ 60d AufenthG</th>' in html


def test_two_charts_on_a_page_have_their_own_ids(db):
    first, second = bar_chart([("a", 1)], title="Eins"), bar_chart([("a", 1)], title="Zwei")
    assert first.id != second.id


def test_an_empty_chart_says_so(db):
    assert "Keine Werte." in render(bar_chart([], title="Leer"))


def test_numbers_are_grouped_by_thousands_in_picture_table_and_description(db):
    """In the demo's committee report the funnel showed "3669" next to "1.234" in the tables."""
    chart = bar_chart([("Geprüft", 3669), ("Erfüllt", 12)], title="Trichter")
    html = render(chart)
    assert [bar.text for bar in chart.bars] == ["3.669", "12"]
    assert ">3.669</text>" in html and ">3.669</td>" in html and "3669" not in html
    assert "Geprüft mit 3.669." in chart.description
