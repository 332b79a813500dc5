"""Putting a case on the agenda freezes the summary prepared for the meeting: status history,
the screening verdicts and the open facts - from the same code as the case page."""

from datetime import date

from django.urls import reverse

from tests.conftest import add_period, login
from tests.review.conference_helpers import on_agenda, plan, today
from tests.screening.helpers import run_directly
from wegweiser.screening.open_facts import open_facts
from wegweiser.screening.summaries import person_results


def test_the_summary_holds_status_verdicts_and_open_facts(authority, users, person):
    head = users["head"]
    run_directly(authority, today(), head)
    item = on_agenda(plan(authority, head), person, head)
    prepared = item.prepared
    assert [p["kind"] for p in prepared["periods"]] == ["gestattung", "duldung", "duldung"]
    assert prepared["current"]["start"] == "2017-10-01"
    assert prepared["chain_since"] == person.duldung_chain_since.isoformat()
    _run, results = person_results(person)
    assert [(v["pathway_id"], v["verdict"]) for v in prepared["verdicts"]] == [
        (r.pathway_id, r.verdict) for r in results]
    assert prepared["verdicts"]
    expected = open_facts(person, today(), show_criminal=True)
    assert [f["key"] for f in prepared["open_facts"]] == [m.key for m in expected]
    assert prepared["open_facts"]


def test_later_changes_to_the_file_do_not_change_the_summary(client, authority, users, person):
    head = users["head"]
    item = on_agenda(plan(authority, head), person, head)
    before = dict(item.prepared)
    add_period(person, "aufenthaltserlaubnis", today(), None, legal_basis="Neu erteilt XYZ")
    item.refresh_from_db()
    assert item.prepared == before
    page = login(client, head).get(reverse("review:item", args=[item.pk])).content.decode()
    assert "01.10.2017" in page
    assert "Neu erteilt XYZ" not in page


def test_the_page_shows_the_summary_in_the_readers_language(client, authority, users, person):
    head = users["head"]
    item = on_agenda(plan(authority, head), person, head)
    client.cookies.load({"django_language": "en"})
    page = login(client, head).get(reverse("review:item", args=[item.pk])).content.decode()
    assert "Current status" in page and "Aktueller Status" not in page
    assert date(2017, 10, 1).strftime("%d.%m.%Y") in page
