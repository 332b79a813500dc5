from datetime import date

from interop.factories import valid_csv
from wegweiser.audit.models import AuditAction, AuditEntry
from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.interop.services import import_file


def test_it_creates_persons_and_status_periods(authority, head):
    outcome = import_file(valid_csv(), "bestand.csv", authority, head)

    assert outcome.ok, outcome.report()
    assert outcome.counts.persons_created == 3
    haddad = Person.objects.get(file_number="AZ-1")
    assert haddad.authority == authority
    assert haddad.variants() == ["Jussuf Haddad", "Youssef Hadad"]
    assert (haddad.birth_date, haddad.birth_date_precision) == (date(1990, 1, 1), "year")
    assert haddad.municipality.name == "Altstadt"
    assert haddad.identity_clarified is True and haddad.passport_held is False
    assert StatusPeriod.objects.filter(person=haddad).count() == 2


def test_it_keeps_unknown_facts_unknown(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)

    petrova = Person.objects.get(file_number="AZ-2")
    assert petrova.identity_clarified is None
    assert petrova.passport_held is None
    assert (petrova.birth_date, petrova.birth_date_precision) == (date(1985, 3, 1), "month")


def test_it_recomputes_the_derived_fields(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)

    haddad = Person.objects.get(file_number="AZ-1")
    assert haddad.current_status_kind == "duldung"
    assert haddad.duldung_chain_since == date(2017, 4, 1)
    assert " hd " in haddad.search_keys  # Haddad / Hadad share one key
    assert Person.objects.get(file_number="AZ-3").current_status_kind == "none"


def test_it_writes_one_audit_entry_with_the_counts(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)

    entry = AuditEntry.objects.get(action=AuditAction.IMPORT)
    assert entry.authority_id == authority.pk
    assert entry.detail["persons_created"] == 3
    assert entry.target == "bestand.csv"


def test_it_keeps_the_change_history_of_every_written_record(authority, head):
    import_file(valid_csv(), "bestand.csv", authority, head)
    changed = valid_csv().replace(b";;16", b";;03")

    import_file(changed, "bestand.csv", authority, head)

    assert Person.history.filter(history_type="+", history_user=head).count() == 3
    assert StatusPeriod.history.filter(history_type="+").count() == 3 + 2
    assert StatusPeriod.history.filter(history_type="-", history_change_reason="Import").count() == 2
