"""Case files for the § 60c / § 16g / § 19d scenarios: everything known except what a test varies.

A young man, rejected asylum seeker, tolerated since February 2024, identity clarified within
six months of entry, clean and evaluated criminal record, no removal measures, no employment
ban; the assessment says the training records are complete.
"""

from datetime import date

from tests.conftest import add_period, make_person
from tests.screening.conftest import AS_OF
from wegweiser.law.engine.single import evaluate
from wegweiser.screening.facts import case_facts


def trainee(authority, file_number="KT-2022-0600", **person_fields):
    from wegweiser.cases.models import Assessment, AsylumProcedure

    values = {"family_name": "Tesfaye", "given_names": "Dawit", "nationality": "ERI",
              "birth_date": date(2003, 4, 10), "entry_date": date(2022, 6, 1),
              "identity_clarified": True, "identity_clarified_since": date(2022, 9, 1),
              "passport_held": True, "fdgo_declaration": True, "deception_finding": False,
              "obstruction_finding": False, "entry_ban_in_force": False,
              "criminal_record_known": True, **person_fields}
    person = make_person(authority, file_number=file_number, **values)
    owned = {"authority_id": authority.pk, "person": person}
    add_period(person, "gestattung", date(2022, 6, 1), date(2024, 1, 31))
    add_period(person, "duldung", date(2024, 2, 1), None, azr_reason_code="20")
    AsylumProcedure.objects.create(**owned, application_date=date(2022, 6, 20),
                                   decision_date=date(2023, 11, 2), outcome="rejected",
                                   final_date=date(2024, 1, 31))
    Assessment.objects.create(
        **owned, training_complete=True, children_complete=True, identity_steps_taken=True,
        cooperation_fulfilled=True, removal_measures_imminent=False, employment_ban_60a6=False,
        extremism_indications=False, security_threat=False, expulsion_order=False,
        deportation_order_58a=False, expulsion_interest=False, expulsion_interest_serious=False,
        housing_sufficient=True, degree_in_germany=False, foreign_degree_recognised=False)
    return person


def add_training(person, **fields):
    from wegweiser.cases.models import TrainingRecord

    values = {"start": date(2026, 8, 1), "end": None, "occupation": "Fachkraft für Lagerlogistik",
              "kind": "qualified", "contract_registered": True, **fields}
    return TrainingRecord.objects.create(authority_id=person.authority_id, person=person, **values)


def add_conviction(person, **fields):
    from wegweiser.cases.models import Conviction

    values = {"date": date(2024, 5, 6), "offence": "Körperverletzung", "daily_rates": 60,
              "foreigner_specific": False, "juvenile": False,
              "erasure_date": date(2029, 5, 6), **fields}
    return Conviction.objects.create(authority_id=person.authority_id, person=person, **values)


def verdict_of(person, pathway_id: str):
    """The pathway's verdict and its criteria by id, as the explanation page computes them."""
    result = evaluate(case_facts(person, AS_OF), AS_OF)
    pathway = next(p for p in result.pathways if p.pathway_id == pathway_id)
    return pathway.verdict.value, {c.criterion_id: c.status.value for c in pathway.criteria}
