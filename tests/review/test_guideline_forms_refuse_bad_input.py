"""Every guideline form refuses bad input with a German message and saves nothing; a stale
form is refused."""

from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.guideline_helpers import approved_guideline, draft
from wegweiser.audit.models import AuditEntry
from wegweiser.review import guidelines as service
from wegweiser.review.models import Guideline, GuidelineVersion


@pytest.mark.django_db
@pytest.mark.parametrize(("fields", "message"), [
    ({"text": ""}, "Bitte die Regel der Praxis formulieren."),
    ({"reason_kind": ""}, "Bitte den Anlass der Fassung wählen."),
    ({"reason_kind": "weil"}, "Bitte eine gültige Auswahl treffen."),
    ({"reason_kind": "conference"},
     "Bitte die Fallkonferenz angeben, in der die Fassung beschlossen wurde."),
    ({"number": "25 5"}, "Bitte eine Nummer entlang des Gesetzes angeben"),
    ({"title": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"pathway_ids": "p99"}, "Bitte eine gültige Auswahl treffen."),
])
def test_creating_refuses_bad_input(client, users, fields, message):
    data = {"number": "25.5.1", "title": "Identität", "text": "Regel", "reason_kind": "practice",
            **fields}
    entries = AuditEntry.objects.count()
    response = login(client, users["caseworker"]).post(reverse("review:guideline_create"), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Guideline.objects.exists() and not GuidelineVersion.objects.exists()
    assert AuditEntry.objects.count() == entries


@pytest.mark.django_db
def test_the_service_refuses_what_the_form_cannot_catch(users, other_authority):
    from wegweiser.review.models import Constellation

    theirs = Constellation.objects.create(authority=other_authority, name="fremd", conditions=[])
    with pytest.raises(Exception) as refused:
        service.create_guideline(users["head"], number="1.1", title="x", draft=draft(
            pathway_ids=["p99"], constellation_ids=[theirs.pk]))
    assert refused.value.message_dict == {  # type: ignore[attr-defined]
        "pathway_ids": ["Unbekannte Rechtsgrundlage: p99."],
        "constellations": ["Diese Fallkonstellation gibt es nicht."]}
    assert not Guideline.objects.exists()


@pytest.mark.django_db
def test_approving_without_a_day_is_refused(client, users):
    guideline = service.create_guideline(users["head"], number="1.1", title="x", draft=draft())
    version = guideline.versions.get()
    response = login(client, users["head"]).post(
        reverse("review:draft_approve", args=[version.pk]),
        {"valid_from": "31.02.2026", "version": version.version})
    assert response.status_code == 400 and "Bitte ein gültiges Datum eingeben." in \
        response.content.decode()
    version.refresh_from_db()
    assert version.state == "draft"


@pytest.mark.django_db
def test_a_stale_draft_edit_is_refused(client, users):
    guideline = service.create_guideline(users["head"], number="1.1", title="x", draft=draft())
    version = guideline.versions.get()
    service.edit_draft(users["head"], version, draft(text="Zweite Fassung des Entwurfs"),
                       version.version)
    response = login(client, users["caseworker"]).post(
        reverse("review:draft_edit", args=[version.pk]),
        {"text": "Meine Änderung", "reason_kind": "practice", "version": 1})
    assert response.status_code == 409
    version.refresh_from_db()
    assert version.text == "Zweite Fassung des Entwurfs"


@pytest.mark.django_db
def test_a_stale_approval_is_refused(users):
    guideline = approved_guideline(users["head"], "1.1", valid_from=date(2026, 1, 1))
    second = service.new_draft(users["head"], guideline, draft())
    with pytest.raises(service.GuidelineConflict):
        service.approve(users["head"], second, valid_from=date(2026, 6, 1),
                        expected_version=second.version - 1)
    assert guideline.versions.get(number=1).valid_to is None
