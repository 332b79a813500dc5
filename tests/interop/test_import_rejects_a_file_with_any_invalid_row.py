from interop.factories import HEADER, VALID_ROWS, valid_csv
from wegweiser.audit.models import AuditEntry
from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.interop.services import import_file


def problems_of(outcome):
    return {(p.row, p.column): p.message for p in outcome.problems}


def test_one_bad_date_rejects_the_whole_file_and_writes_nothing(authority, head):
    rows = [*VALID_ROWS[:3], VALID_ROWS[3].replace("00.00.2001", "31.02.2001")]

    outcome = import_file(valid_csv(rows), "bestand.csv", authority, head)

    assert not outcome.ok
    assert problems_of(outcome) == {(5, "Geburtsdatum"): "Dieses Datum gibt es nicht."}
    assert outcome.problems[0].value == "31.02.2001"
    assert Person.unscoped.count() == 0 and StatusPeriod.unscoped.count() == 0
    assert not AuditEntry.objects.exists()


def test_overlapping_status_periods_are_errors(authority, head):
    overlapping = VALID_ROWS[1].replace("01.04.2017", "01.01.2017")

    outcome = import_file(valid_csv([VALID_ROWS[0], overlapping]), "x.csv", authority, head)

    [problem] = outcome.problems
    assert (problem.row, problem.column) == (3, "Status von")
    assert "überschneidet sich" in problem.message
    assert Person.unscoped.count() == 0


def test_rows_of_one_person_must_agree_on_the_person_columns(authority, head):
    other_name = VALID_ROWS[1].replace(";Haddad;", ";Hadad;", 1)

    outcome = import_file(valid_csv([VALID_ROWS[0], other_name]), "x.csv", authority, head)

    assert problems_of(outcome) == {
        (3, "Familienname"): "Weicht von den Angaben derselben Person in Zeile 2 ab."}


def test_the_report_names_row_column_value_and_problem_for_each_error(authority, head):
    rows = [
        "AZ-7;;;Ali;;1980;q;Syrien;;Atlantis;vielleicht;;duldung;2020-13-01;;;",
        "AZ-8;;Nour;;;;;SYR;;;;;residence_permit;01.01.2020;;;",
        "AZ-9;;Kaya;;;;;TUR;;;;;gestattung;01.01.2020;;;16",
    ]

    outcome = import_file(valid_csv(rows), "x.csv", authority, head)

    assert problems_of(outcome) == {
        (2, "Familienname"): "Pflichtangabe fehlt.",
        (2, "Geschlecht"): "Erwartet w, m, d oder x (ohne Angabe).",
        (2, "Staatsangehörigkeit"): (
            "Unbekannte Staatsangehörigkeit „Syrien“: erwartet wird ein Code der Liste "
            "(ISO 3166 Alpha-3, z. B. SYR), XXA für staatenlos oder XXX für ungeklärt."),
        (2, "Wohnort"): "Unbekannter Wohnort; bekannt sind: Altstadt, Neudorf.",
        (2, "Identität geklärt"): "Erwartet „ja“, „nein“ oder leer (unbekannt).",
        (2, "Status von"): "Dieses Datum gibt es nicht.",
        (3, "Rechtsgrundlage"): "Eine Aufenthaltserlaubnis braucht ihre Rechtsgrundlage.",
        (4, "AZR-Duldungsgrund"): "Ein Duldungsgrund passt nur zu einer Duldung.",
    }
    assert Person.unscoped.count() == 0


def test_missing_required_columns_are_named(authority, head):
    header = HEADER.replace("Staatsangehörigkeit;", "Nationalität;")

    outcome = import_file(f"{header}\n{VALID_ROWS[0]}\n".encode(), "x.csv", authority, head)

    assert "Es fehlen Pflichtspalten: Staatsangehörigkeit" in outcome.message
    assert Person.unscoped.count() == 0
