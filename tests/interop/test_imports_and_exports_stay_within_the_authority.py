import json

from interop.factories import person_with_history, valid_csv
from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.interop.services import import_file


def test_an_import_never_touches_another_authoritys_person_with_the_same_file_number(
    authority, other_authority, head
):
    stranger = person_with_history(other_authority, file_number="AZ-1", family_name="Fremd")
    periods = list(StatusPeriod.unscoped.filter(person=stranger).values_list("pk", "kind"))

    outcome = import_file(valid_csv(), "bestand.csv", authority, head)

    stranger.refresh_from_db()
    assert outcome.counts.persons_created == 3
    assert (stranger.family_name, stranger.version) == ("Fremd", 1)
    assert list(StatusPeriod.unscoped.filter(person=stranger).values_list("pk", "kind")) == periods
    assert Person.unscoped.get(authority=authority, file_number="AZ-1").family_name == "Haddad"


def test_imported_rows_belong_to_the_importing_authority_only(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)

    assert set(Person.unscoped.values_list("authority_id", flat=True)) == {authority.pk}
    assert set(StatusPeriod.unscoped.values_list("authority_id", flat=True)) == {authority.pk}


def test_a_family_link_cannot_point_into_another_authority(authority, other_authority, head):
    person_with_history(other_authority, file_number="AZ-FREMD")
    document = {"format_version": "1.0", "cases": [
        {"file_number": "AZ-1", "family_name": "Haddad", "nationality": "SYR",
         "family": [{"relation": "spouse", "file_number": "AZ-FREMD"}]}]}

    outcome = import_file(json.dumps(document).encode(), "x.json", authority, head)

    assert outcome.problems[0].column == "family[0].file_number"
    assert not Person.unscoped.filter(authority=authority).exists()


def test_another_authoritys_rows_are_never_exported(client, caseworker, other_authority):
    person_with_history(caseworker.authority, file_number="AZ-EIGEN", family_name="Eigen")
    person_with_history(other_authority, file_number="AZ-FREMD", family_name="Fremd")
    client.force_login(caseworker)

    for fmt in ("csv", "json"):
        body = b"".join(client.get(f"/faelle/export.{fmt}").streaming_content).decode("utf-8-sig")
        assert "AZ-EIGEN" in body and "AZ-FREMD" not in body and "Fremd" not in body
    xlsx = client.get("/faelle/export.xlsx")
    assert b"".join(xlsx.streaming_content).startswith(b"PK")
