from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from interop.factories import valid_csv
from wegweiser.cases.models import Person
from wegweiser.interop.models import ImportJob, ImportStatus


def upload(client, content: bytes, name="bestand.csv", **extra):
    return client.post(reverse("interop:import"),
                       {"upload": SimpleUploadedFile(name, content), **extra})


def test_the_upload_page_shows_the_form(client, head):
    client.force_login(head)

    response = client.get(reverse("interop:import"))

    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.text
    assert "Fälle importieren" in response.text


def test_an_upload_is_imported_and_the_status_page_shows_the_result(
    client, head, immediate_tasks, media, django_capture_on_commit_callbacks
):
    client.force_login(head)

    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, valid_csv())

    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("interop:import_status", args=[job.pk])
    assert job.status == ImportStatus.DONE
    assert job.report["counts"]["persons_created"] == 3
    assert Person.objects.filter(authority=head.authority).count() == 3
    page = client.get(response.url)
    assert "Import abgeschlossen" in page.text
    assert "hx-trigger" not in page.text  # finished: the page stops polling


def test_the_stored_upload_is_deleted_after_the_import(
    client, head, immediate_tasks, media, django_capture_on_commit_callbacks
):
    client.force_login(head)

    with django_capture_on_commit_callbacks(execute=True):
        upload(client, valid_csv())

    assert not ImportJob.objects.get().upload
    assert not any(p.is_file() for p in media.rglob("*"))


def test_a_rejected_upload_shows_the_error_report_as_a_table(
    client, head, immediate_tasks, media, django_capture_on_commit_callbacks
):
    client.force_login(head)
    bad = valid_csv().replace(b"SYR", b"Syrien")

    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, bad)

    page = client.get(response.url)
    assert ImportJob.objects.get().status == ImportStatus.REJECTED
    assert "Fehlerbericht" in page.text
    assert '<th scope="col" class="kern-table__header">Spalte</th>' in page.text
    assert "Syrien" in page.text
    assert Person.objects.count() == 0


def test_a_running_import_polls_with_htmx_and_shows_a_progress_bar(client, head):
    job = ImportJob.objects.create(authority=head.authority, created_by=head,
                                   original_name="gross.csv", status=ImportStatus.READING,
                                   rows_total=400, rows_done=100)
    client.force_login(head)

    page = client.get(reverse("interop:import_status", args=[job.pk]))
    fragment = client.get(reverse("interop:import_status", args=[job.pk]), HTTP_HX_REQUEST="true")

    assert 'hx-trigger="every 2s"' in page.text
    assert '<progress id="import-bar" max="100" value="25">' in page.text
    assert "<html" not in fragment.text and 'id="import-progress"' in fragment.text


def test_an_upload_with_a_wrong_extension_is_refused_on_the_form(client, head, media):
    client.force_login(head)

    response = upload(client, b"MZ\x90\x00", name="programm.exe")

    assert response.status_code == 400
    assert "Endung" in response.text
    assert not ImportJob.objects.exists()


def test_another_authoritys_import_job_is_not_found(client, head, other_head):
    job = ImportJob.objects.create(authority=other_head.authority, created_by=other_head,
                                   original_name="fremd.csv")
    client.force_login(head)

    response = client.get(reverse("interop:import_status", args=[job.pk]))

    assert response.status_code == 404
