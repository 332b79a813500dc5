""""Was fehlt" leads to the place where the fact is recorded: the record whose field is unknown,
the assessment answer that says a list is complete, or the person form at the field."""

from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import AS_OF
from tests.screening.trainees import add_training, trainee


def _links(client, person) -> str:
    url = reverse("screening:explain", args=[person.pk]) + f"?as_of={AS_OF.isoformat()}"
    page = client.get(url).content.decode()
    return page.split('id="h-missing"')[1].split("</section>")[0]


def test_an_unknown_registration_links_to_that_training_record(client, caseworker, authority):
    person = trainee(authority)
    record = add_training(person, contract_registered=None)

    links = _links(login(client, caseworker), person)

    assert "Berufsausbildung" in links
    assert reverse("cases:fact_edit", args=[person.pk, "training", record.pk]) in links
    assert reverse("cases:fact_add", args=[person.pk, "training"]) not in links


def test_with_several_training_records_the_link_goes_to_the_training_section(
        client, caseworker, authority):
    person = trainee(authority)
    add_training(person, contract_registered=None)
    add_training(person, start=AS_OF.replace(month=12, day=1), contract_registered=None)

    links = _links(login(client, caseworker), person)

    assert reverse("cases:detail", args=[person.pk]) + "#h-training" in links


def test_without_training_records_and_completeness_unknown_the_link_goes_to_the_assessment(
        client, caseworker, authority):
    person = trainee(authority)
    person.assessment.training_complete = None
    person.assessment.save()

    links = _links(login(client, caseworker), person)

    assert reverse("screening:assessment", args=[person.pk]) + "#id_training_complete" in links
    assert reverse("cases:fact_add", args=[person.pk, "training"]) in links


def test_a_missing_person_field_links_to_the_person_form(client, caseworker, sparse):
    links = _links(login(client, caseworker), sparse)

    assert reverse("cases:edit", args=[sparse.pk]) + "#id_" in links
    assert reverse("cases:period_add", args=[sparse.pk]) not in links  # the Duldung is known


def test_a_role_that_may_not_edit_gets_no_links_but_sees_what_is_missing(
        client, users, authority):
    person = trainee(authority)
    add_training(person, contract_registered=None)

    links = _links(login(client, users["counsellor"]), person)

    assert "Berufsausbildung" in links
    assert "/faelle/" not in links
