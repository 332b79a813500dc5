import csv
import io

from openpyxl import load_workbook

from interop.factories import full_case_file, person_with_history
from wegweiser.audit.models import AuditAction, AuditEntry


def csv_rows(response) -> list[list[str]]:
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # German Excel needs the BOM to read UTF-8
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


def test_the_csv_has_german_headers_and_one_row_per_status_period(client, caseworker):
    full_case_file(caseworker.authority)
    client.force_login(caseworker)

    response = client.get("/faelle/export.csv")
    header, *rows = csv_rows(response)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'attachment; filename="faelle-' in response["Content-Disposition"]
    assert header[:3] == ["Aktenzeichen", "AZR-Nummer", "Familienname"]
    assert header[-2:] == ["Aktueller Status", "Kettenduldung seit"]
    assert [r[0] for r in rows] == ["AZ-500", "AZ-501"]
    assert rows[0][header.index("Status von")] == "01.01.2018"
    assert rows[0][header.index("Aktueller Status")] == "Duldung (§ 60a)"


def test_the_list_export_has_no_criminal_record_columns(client, caseworker):
    full_case_file(caseworker.authority)
    client.force_login(caseworker)

    header, *rows = csv_rows(client.get("/faelle/export.csv"))
    sheet = load_workbook(io.BytesIO(b"".join(
        client.get("/faelle/export.xlsx").streaming_content))).active

    for columns in (header, [c.value for c in sheet[1]]):
        assert "Strafregister ausgewertet" not in columns
        assert not any("Verurteil" in c or "Tagess" in c for c in columns)
    assert "Schwarzfahren" not in str(rows)


def test_the_export_uses_the_case_list_filters(client, caseworker):
    authority = caseworker.authority
    person_with_history(authority, file_number="AZ-AFG")
    person_with_history(authority, file_number="AZ-SYR", nationality="SYR")
    client.force_login(caseworker)

    _header, *rows = csv_rows(client.get("/faelle/export.csv?nationality=SYR&sort=file_number"))

    assert [r[0] for r in rows] == ["AZ-SYR"]


def test_an_invalid_filter_exports_nothing(client, caseworker):
    client.force_login(caseworker)

    response = client.get("/faelle/export.csv?status=erfunden")

    assert response.status_code == 400
    assert "„erfunden“ ist kein möglicher Wert für „Aktueller Status“" in response.content.decode()
    assert not AuditEntry.objects.filter(action=AuditAction.EXPORT).exists()


def test_every_export_is_audited_with_filter_and_count(client, caseworker):
    person_with_history(caseworker.authority, file_number="AZ-SYR", nationality="SYR")
    client.force_login(caseworker)

    client.get("/faelle/export.xlsx?nationality=SYR")

    entry = AuditEntry.objects.get(action=AuditAction.EXPORT)
    assert entry.detail == {"format": "xlsx", "filter": {"nationality": "SYR"}, "count": 1}
    assert entry.user == caseworker


def test_an_unknown_format_is_not_found(client, caseworker):
    client.force_login(caseworker)

    assert client.get("/faelle/export.pdf").status_code == 404
