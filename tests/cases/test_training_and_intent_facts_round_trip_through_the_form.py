"""The facts § 60c, § 16g and § 19d need are entered on the case page and come back as
entered; an unanswered question is stored and shown as unknown, never as "no"."""

from datetime import date

from django.urls import reverse

from tests.conftest import login
from wegweiser.cases.models import Conviction, TrainingRecord

TRAINING = {"start": "2024-08-01", "end": "2025-07-31", "occupation": "Pflegefachassistent/in",
            "kind": "assistant", "contract_registered": "true", "completed": "true",
            "bottleneck_commitment": "false", "employer": "Klinikum", "evidence": "Bl. 12"}


def _add(client, person, slug, data):
    return client.post(reverse("cases:fact_add", args=[person.pk, slug]), data)


def test_a_training_record_keeps_kind_registration_completion_and_commitment(client, caseworker,
                                                                             person):
    response = _add(login(client, caseworker), person, "training", TRAINING)

    assert response.status_code == 302
    record = TrainingRecord.objects.get(person=person)
    assert (record.kind, record.contract_registered, record.completed,
            record.bottleneck_commitment) == ("assistant", True, True, False)
    form = client.get(reverse("cases:fact_edit", args=[person.pk, "training", record.pk]))
    page = form.content.decode()
    assert '<option value="assistant" selected>' in page
    assert '<option value="false" selected>Nein</option>' in page


def test_unanswered_training_questions_stay_unknown(client, caseworker, person):
    unknown = {**TRAINING, "end": "", "kind": "", "contract_registered": "unknown",
               "completed": "unknown", "bottleneck_commitment": "unknown"}

    _add(login(client, caseworker), person, "training", unknown)

    record = TrainingRecord.objects.get(person=person)
    assert (record.kind, record.contract_registered, record.completed,
            record.bottleneck_commitment) == ("", None, None, None)
    page = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    row = page.split('id="h-training"')[1].split("<tbody")[1].split("</tr>")[0]
    cells = row.split('<td class="kern-table__cell">')[1:]
    # columns: von, bis, Ausbildungsberuf, Art, eingetragen, abgeschlossen, Zusage
    assert len(cells) >= 7 and all("unbekannt" in cell for cell in cells[3:7])


def test_the_case_page_shows_the_kind_of_training_in_words(client, caseworker, person):
    _add(login(client, caseworker), person, "training", TRAINING)

    page = client.get(reverse("cases:detail", args=[person.pk])).content.decode()

    assert "Assistenz- oder Helferausbildung" in page
    assert "Ausbildungsvertrag eingetragen oder Eintragung beantragt" in page


def test_a_conviction_records_intent_as_yes_no_or_unknown(client, caseworker, person):
    login(client, caseworker)
    base = {"date": "2023-03-01", "offence": "Fahrlässige Körperverletzung", "daily_rates": "40",
            "suspended": "unknown", "juvenile": "false", "foreigner_specific": "false"}

    _add(client, person, "conviction", {**base, "intentional": "false"})
    _add(client, person, "conviction", {**base, "date": "2024-03-01", "intentional": "unknown"})

    stored = dict(Conviction.objects.filter(person=person).values_list("date", "intentional"))
    assert stored == {date(2023, 3, 1): False, date(2024, 3, 1): None}
    page = client.get(reverse("cases:detail", args=[person.pk])).content.decode()
    assert "vorsätzliche Tat" in page
