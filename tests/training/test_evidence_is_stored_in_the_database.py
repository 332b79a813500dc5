"""A certificate uploaded with an event is kept in the database (one backup holds everything)
and downloaded by the head or a participant."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.conftest import login
from tests.training.factories import make_topic
from wegweiser.training.models import TrainingEvent

PDF = b"%PDF-1.4\n% Teilnahmebescheinigung\n"


def test_an_uploaded_pdf_is_stored_and_downloaded(client, users, authority):
    topic = make_topic(authority)
    login(client, users["head"])
    client.post(reverse("training:event_create"), {
        "kind": "course", "topic": topic.pk, "title": "Lehrgang", "held_on": "2026-02-02",
        "hours": "16", "cost": "450", "participants": [users["counsellor"].pk],
        "evidence_upload": SimpleUploadedFile("bescheinigung.pdf", PDF)})
    event = TrainingEvent.objects.get()
    assert bytes(event.evidence_file) == PDF
    assert event.evidence_type == "application/pdf"
    login(client, users["counsellor"])
    response = client.get(reverse("training:evidence", args=[event.pk]))
    assert response.status_code == 200
    assert response.content == PDF
    assert response["Content-Type"] == "application/pdf"


def test_editing_an_event_without_a_new_file_keeps_the_evidence(client, users, authority):
    topic = make_topic(authority)
    event = TrainingEvent.objects.create(
        authority=authority, topic=topic, kind="course", title="Lehrgang", held_on="2026-02-02",
        hours=16, evidence_file=PDF, evidence_name="b.pdf", evidence_type="application/pdf")
    login(client, users["head"])
    response = client.post(reverse("training:event_edit", args=[event.pk]), {
        "kind": "course", "topic": topic.pk, "title": "Lehrgang (2 Tage)",
        "held_on": "2026-02-02", "hours": "16", "cost": "", "version": event.version})
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, bytes(event.evidence_file)) == ("Lehrgang (2 Tage)", PDF)
