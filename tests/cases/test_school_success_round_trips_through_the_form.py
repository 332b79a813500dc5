"""Whether school was attended successfully (§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG: Versetzung or
Abschluss) is entered on the case page and comes back as entered; unanswered it stays unknown."""

from django.urls import reverse

from tests.conftest import login
from wegweiser.cases.models import SchoolRecord

YEAR = {"start": "2022-08-01", "end": "2023-07-31", "school": "Gesamtschule Rheinwald",
        "qualification": "", "successful": "true", "evidence": "Zeugnis, Bl. 12"}


def _add(client, person, data):
    return client.post(reverse("cases:fact_add", args=[person.pk, "school"]), data)


def test_a_successful_school_year_is_stored_and_shown_as_such(client, caseworker, person):
    """School year 2022/23 with Versetzung: successful = yes."""
    response = _add(login(client, caseworker), person, YEAR)

    assert response.status_code == 302
    record = SchoolRecord.objects.get(person=person)
    assert record.successful is True
    form = client.get(reverse("cases:fact_edit", args=[person.pk, "school", record.pk]))
    assert '<option value="true" selected>Ja</option>' in form.content.decode()
    page = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert "erfolgreich besucht (Versetzung/Abschluss)" in page


def test_a_failed_school_year_is_stored_as_not_successful(client, caseworker, person):
    """School year 2022/23 without Versetzung: successful = no."""
    _add(login(client, caseworker), person, {**YEAR, "successful": "false"})

    assert SchoolRecord.objects.get(person=person).successful is False


def test_an_unanswered_success_stays_unknown(client, caseworker, person):
    """No answer: successful = unknown, shown as "unbekannt" in its column only."""
    _add(login(client, caseworker), person, {**YEAR, "successful": "unknown"})

    record = SchoolRecord.objects.get(person=person)
    assert record.successful is None
    page = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    row = page.split('id="h-school"')[1].split("<tbody")[1].split("</tr>")[0]
    cells = row.split('<td class="kern-table__cell">')[1:]
    # columns: von, bis, Schule, Abschluss, erfolgreich besucht
    assert "unbekannt" in cells[4] and "unbekannt" not in cells[2]
