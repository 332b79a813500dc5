import pytest
from django.urls import reverse

from tests.conftest import login


@pytest.mark.django_db
def test_the_page_shows_each_pathway_with_its_norm_decision_type_and_criteria(
        client, caseworker, integrated):
    login(client, caseworker)
    page = client.get(reverse("screening:explain", args=[integrated.pk])).content.decode()
    assert "§ 25b Abs. 1 AufenthG" in page
    assert "In der Regel zu erteilen (Soll)" in page
    assert "Soll-Vorschrift" in page and "Kann-Vorschrift" in page
    assert "§ 25b Abs. 1 Satz 2 Nr. 1" in page  # a criterion's norm
    assert "Übergreifende Ausschlussgründe" in page


@pytest.mark.django_db
def test_missing_facts_are_shown_as_open_not_as_no(client, caseworker, sparse):
    login(client, caseworker)
    page = client.get(reverse("screening:explain", args=[sparse.pk])).content.decode()
    assert "Offen – Angaben fehlen" in page
    assert "Was fehlt" in page
    assert "Sprachnachweise" in page and "Verurteilungen (Strafregister auswerten)" in page


@pytest.mark.django_db
def test_viewing_the_explanation_is_audited(client, caseworker, sparse):
    from wegweiser.audit.models import AuditEntry

    login(client, caseworker)
    client.get(reverse("screening:explain", args=[sparse.pk]))
    entry = AuditEntry.objects.filter(person_id=sparse.pk).latest("id")
    assert entry.action == "view" and entry.detail == {"part": "screening"}


@pytest.mark.django_db
def test_counsellors_do_not_see_criminal_record_criteria(client, users, integrated, sparse):
    login(client, users["counsellor"])
    page = client.get(reverse("screening:explain", args=[integrated.pk])).content.decode()
    assert "nur für Sachbearbeitung und Abteilungsleitung sichtbar" in page
    assert "Tagessätze" not in page.split("Übergreifende")[0].split("Was fehlt")[0]
    sparse_page = client.get(reverse("screening:explain", args=[sparse.pk])).content.decode()
    assert "Verurteilungen (Strafregister auswerten)" not in sparse_page
