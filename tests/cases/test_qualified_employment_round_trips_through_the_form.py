"""Whether an employment is qualified (§ 2 Abs. 12b AufenthG, for § 19d Abs. 1 Nr. 1 b and c)
is entered on the case page and comes back as entered; unanswered it stays unknown."""

from django.urls import reverse

from tests.conftest import login
from wegweiser.cases.models import Employment

JOB = {"start": "2022-01-01", "end": "", "hours_per_week": "38.5",
       "social_insurance": "true", "qualified": "true", "employer": "Autohaus Berg",
       "evidence": "Bl. 40"}


def _add(client, person, data):
    return client.post(reverse("cases:fact_add", args=[person.pk, "employment"]), data)


def test_a_qualified_employment_is_stored_and_shown_as_such(client, caseworker, person):
    response = _add(login(client, caseworker), person, JOB)

    assert response.status_code == 302
    record = Employment.objects.get(person=person)
    assert record.qualified is True
    form = client.get(reverse("cases:fact_edit", args=[person.pk, "employment", record.pk]))
    assert '<option value="true" selected>Ja</option>' in form.content.decode()
    page = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert "qualifizierte Beschäftigung (§ 2 Abs. 12b AufenthG)" in page


def test_a_helper_job_is_stored_as_not_qualified(client, caseworker, person):
    _add(login(client, caseworker), person, {**JOB, "qualified": "false"})

    assert Employment.objects.get(person=person).qualified is False


def test_an_unanswered_qualification_stays_unknown(client, caseworker, person):
    _add(login(client, caseworker), person, {**JOB, "qualified": "unknown"})

    record = Employment.objects.get(person=person)
    assert record.qualified is None
    page = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    row = page.split('id="h-employment"')[1].split("<tbody")[1].split("</tr>")[0]
    cells = row.split('<td class="kern-table__cell">')[1:]
    # columns: von, bis, Wochenstunden, sozialversicherungspflichtig, qualifiziert, Arbeitgeber
    assert "unbekannt" in cells[4] and "unbekannt" not in cells[3]
