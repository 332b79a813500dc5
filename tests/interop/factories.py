"""Test data built directly with the ORM; every row names its authority."""

from datetime import date

from wegweiser.accounts.models import User
from wegweiser.cases.models import LanguageCertificate, Person, StatusPeriod
from wegweiser.cases.services import refresh_derived

HEADER = (
    "Aktenzeichen;AZR-Nummer;Familienname;Vornamen;Namensvarianten;Geburtsdatum;Geschlecht;"
    "Staatsangehörigkeit;Einreisedatum;Wohnort;Identität geklärt;Pass vorhanden;Status;"
    "Status von;Status bis;Rechtsgrundlage;AZR-Duldungsgrund"
)
VALID_ROWS = [
    "AZ-1;123456789;Haddad;Yusuf;Jussuf Haddad|Youssef Hadad;1990;m;SYR;01.09.2015;Altstadt;"
    "ja;nein;gestattung;01.09.2015;31.03.2017;;",
    "AZ-1;123456789;Haddad;Yusuf;Jussuf Haddad|Youssef Hadad;1990;m;SYR;01.09.2015;Altstadt;"
    "ja;nein;duldung;01.04.2017;;;16",
    "AZ-2;;Petrova;Anna;;1985-03;w;RUS;2019-05-02;Neudorf;;;residence_permit;2019-05-02;"
    "2027-05-01;§ 25 Abs. 5 AufenthG;",
    "AZ-3;;Barry;Mamadou;;00.00.2001;m;GIN;;;nein;;;;;;",
]


def valid_csv(rows=None) -> bytes:
    return ("\n".join([HEADER, *(VALID_ROWS if rows is None else rows)]) + "\n").encode()


def make_user(authority, role, username):
    return User.objects.create_user(username, password="x" * 16, authority=authority, role=role)


def person_with_history(authority, file_number="AZ-100", family_name="Ahmadi", **extra):
    values = {"given_names": "Farid", "nationality": "AFG", "birth_date": date(1995, 6, 1),
              **extra}
    person = Person.objects.create(authority=authority, file_number=file_number,
                                   family_name=family_name, **values)
    StatusPeriod.objects.create(authority=authority, person=person, kind="duldung",
                                start=date(2018, 1, 1), end=None, azr_reason_code="16")
    LanguageCertificate.objects.create(authority=authority, person=person, level="B1",
                                       scope="full", issued=date(2021, 3, 1), evidence="Bl. 12")
    refresh_derived(person)
    person.refresh_from_db()
    return person


def snapshot(authority) -> list[tuple]:
    """Everything an import can write for one authority, comparable across runs."""
    persons = Person.unscoped.filter(authority=authority).order_by("file_number")
    return [
        (p.file_number, p.family_name, p.given_names, p.name_variants, p.birth_date,
         p.birth_date_precision, p.nationality, p.municipality_id, p.identity_clarified,
         p.version, p.current_status_kind, p.duldung_chain_since,
         tuple(StatusPeriod.unscoped.filter(person=p).order_by("start").values_list(
             "pk", "kind", "start", "end", "legal_basis", "azr_reason_code")))
        for p in persons
    ]


def xlsx_bytes(lines: list[str]) -> bytes:
    """The same rows as a CSV text, written into an Excel workbook."""
    import io

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for line in lines:
        sheet.append([cell or None for cell in line.split(";")])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def full_case_file(authority, municipality=None):
    """A family with every kind of record, to see that nothing is lost on the way."""
    from decimal import Decimal

    from wegweiser.cases.models import (
        AsylumProcedure,
        Conviction,
        CooperationStep,
        Employment,
        FamilyLink,
        LivelihoodRecord,
        SchoolRecord,
        TrainingRecord,
    )

    mother = person_with_history(
        authority, "AZ-500", "Osei", name_variants="Osey\nOseii", municipality=municipality,
        identity_clarified=True, identity_clarified_since=date(2020, 5, 1), passport_held=False,
        criminal_record_known=True, sex="f", entry_date=date(2016, 2, 3),
    )
    child = Person.objects.create(authority=authority, file_number="AZ-501", family_name="Osei",
                                  given_names="Kofi", nationality="GHA",
                                  birth_date=date(2012, 1, 1), birth_date_precision="year")
    FamilyLink.objects.create(authority=authority, person=mother, relative=child,
                              relation="parent", living_in_household=True)
    common = {"authority": authority, "person": mother}
    AsylumProcedure.objects.create(**common, application_date=date(2016, 3, 1),
                                   decision_date=date(2017, 2, 1), outcome="rejected")
    SchoolRecord.objects.create(**common, start=date(2017, 1, 1), school="VHS")
    TrainingRecord.objects.create(**common, start=date(2019, 8, 1), end=date(2022, 7, 31),
                                  occupation="Pflege", kind="qualified", contract_registered=True,
                                  completed=True)
    Employment.objects.create(**common, start=date(2022, 1, 1), hours_per_week=Decimal("38.5"),
                              social_insurance=True, employer="Klinikum")
    LivelihoodRecord.objects.create(**common, assessed_on=date(2023, 1, 1),
                                    own_earnings_share=80, receives_benefits=None)
    CooperationStep.objects.create(**common, date=date(2019, 1, 1),
                                   description="Botschaft vorgesprochen", evidence="Bl. 40")
    Conviction.objects.create(**common, date=date(2018, 6, 1), offence="Schwarzfahren",
                              daily_rates=15, foreigner_specific=False)
    return mother, child


def teams_and_guideline(authority):
    """The teams and the guideline a file with decisions names (they must exist to import)."""
    from wegweiser.accounts.models import Team
    from wegweiser.review.models import Guideline, GuidelineVersion

    for name, first, last in (("Team A–K", "A", "K"), ("Team L–Z", "L", "Z")):
        Team.objects.create(authority=authority, name=name, letters_from=first, letters_to=last)
    guideline = Guideline.objects.create(authority=authority, number="25.5.1",
                                         title="Passpflicht nach 18 Monaten")
    return GuidelineVersion.objects.create(
        authority=authority, guideline=guideline, number=1, text="Von der Passpflicht wird "
        "abgesehen, wenn die Identität geklärt ist.", pathway_ids=["p25_5"],
        valid_from=date(2024, 7, 1), reason_kind="practice", state="approved")


def decided_application(**decision) -> dict:
    """One application with a refusal that was approved (four eyes), as a file carries it."""
    return {
        "received_on": "2024-02-01", "subject": "residence_permit", "pathway_id": "p25_5",
        "channel": "post", "status": "decided", "note": "",
        "decision": {
            "decided_on": "2024-09-16", "outcome": "refused", "pathway_id": "p25_5",
            "decision_type": "discretion", "discretion": "against",
            "reasons": ["identity", "own_fault"], "reason_text": "Mitwirkung fehlt.",
            "follows_guideline": True, "departure_kind": "", "departure_text": "",
            "team": "Team A–K", "guideline": {"number": "25.5.1", "version": 1},
            "snapshot_verdict": "may",
            "snapshot": {"as_of": "2024-09-16", "pathway_id": "p25_5", "verdict": "may",
                         "deciding": ["p25_5.passport"]},
            "approvals": [{"kind": "refusal", "state": "approved",
                           "requested_at": "2024-09-10T09:30:00+02:00", "note": "",
                           "answered_at": "2024-09-12T14:00:00+02:00",
                           "comment": "einverstanden"}],
            **decision,
        },
    }


def file_with_applications(*applications, file_number="AZ-8") -> bytes:
    import json

    case = {"file_number": file_number, "family_name": "Okafor", "nationality": "NGA",
            "applications": list(applications)}
    return json.dumps({"format_version": "1.2", "cases": [case]}).encode()


def granted_p23a_application() -> dict:
    """The office's § 23a decision after a Härtefallersuchen (the ministry ordered)."""
    return {
        "received_on": "2024-07-01", "subject": "residence_permit", "pathway_id": "p23a",
        "channel": "post", "status": "decided", "note": "",
        "decision": {
            "decided_on": "2024-08-01", "outcome": "granted", "pathway_id": "p23a",
            "decision_type": "discretion", "discretion": "in_favour", "reasons": [],
            "reason_text": "", "follows_guideline": None, "departure_kind": "",
            "departure_text": "", "team": None, "guideline": None, "snapshot_verdict": "",
            "snapshot": {},
            "approvals": [{"kind": "p23a", "state": "approved",
                           "requested_at": "2024-07-25T10:00:00+02:00", "note": "",
                           "answered_at": "2024-07-26T11:00:00+02:00", "comment": ""}],
        },
    }


def decided_petition(**changes) -> dict:
    """A petition that ended in a Härtefallersuchen, an order and the office's grant."""
    return {
        "received_by_commission_on": "2024-01-10", "filed_by": "Flüchtlingsrat NRW",
        "office_informed_on": "2024-01-20", "statement_due_on": "2024-02-19",
        "statement_sent_on": "2024-02-15", "statement": "Aufenthaltsverlauf und Integration.",
        "removal_suspended": True, "commission_outcome": "ersuchen",
        "commission_decided_on": "2024-05-02", "ministry_order_on": "2024-06-20",
        "decision": {"decided_on": "2024-08-01", "pathway_id": "p23a", "outcome": "granted"},
        "removal_request": None, "note": "", **changes,
    }


def pending_petition(**changes) -> dict:
    """A petition still before the commission, with a removal asked for and returned."""
    return {
        "received_by_commission_on": "2026-01-12", "filed_by": "Rechtsanwältin Dr. Weber",
        "office_informed_on": "2026-01-19", "statement_due_on": "2026-02-18",
        "statement_sent_on": "2026-02-10", "statement": "Stellungnahme abgegeben.",
        "removal_suspended": True, "commission_outcome": "pending",
        "commission_decided_on": None, "ministry_order_on": None, "decision": None,
        "removal_request": {"kind": "removal", "state": "returned",
                            "requested_at": "2026-02-12T09:00:00+01:00",
                            "note": "Sammelcharter; Platz reserviert.",
                            "answered_at": "2026-02-13T16:00:00+01:00",
                            "comment": "Keine Abschiebung, solange die Kommission berät."},
        "note": "", **changes,
    }


def file_with_petitions(*petitions, applications=None, file_number="AZ-8",
                        version="1.3") -> bytes:
    import json

    case = {"file_number": file_number, "family_name": "Okafor", "nationality": "NGA",
            "hardship_petitions": list(petitions)}
    if applications is not None:
        case["applications"] = applications
    return json.dumps({"format_version": version, "cases": [case]}).encode()
