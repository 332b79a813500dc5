"""Persons for the screening tests: one well integrated, one with an almost empty file."""

from datetime import date

import pytest

from tests.conftest import add_period, make_person

AS_OF = date(2026, 11, 25)


def well_integrated(authority, file_number="KT-2016-0100", **fields):
    """Tolerated since 2016, working full time, A2 oral, identity clarified, clean record."""
    from wegweiser.cases.models import (
        Assessment,
        AsylumProcedure,
        Employment,
        LanguageCertificate,
        LivelihoodRecord,
    )

    values = {"family_name": "Okafor", "given_names": "Grace", "nationality": "NGA",
              "birth_date": date(1994, 3, 2), "entry_date": date(2015, 10, 1),
              "identity_clarified": True, "identity_clarified_since": date(2016, 2, 1),
              "passport_held": True, "fdgo_declaration": True, "deception_finding": False,
              "obstruction_finding": False, "entry_ban_in_force": False,
              "criminal_record_known": True, **fields}
    person = make_person(authority, file_number=file_number, **values)
    owned = {"authority_id": authority.pk, "person": person}
    add_period(person, "gestattung", date(2015, 10, 1), date(2016, 12, 31))
    add_period(person, "duldung", date(2017, 1, 1), None, azr_reason_code="16")
    AsylumProcedure.objects.create(**owned, application_date=date(2015, 10, 20),
                                   decision_date=date(2016, 11, 2), outcome="rejected",
                                   final_date=date(2016, 12, 31))
    LanguageCertificate.objects.create(**owned, level="B1", scope="full", issued=date(2019, 5, 1))
    Employment.objects.create(**owned, start=date(2018, 4, 1), end=None, hours_per_week=38,
                              social_insurance=True, employer="Bäckerei")
    LivelihoodRecord.objects.create(**owned, assessed_on=date(2026, 6, 1), own_earnings_share=100,
                                    receives_benefits=False)
    Assessment.objects.create(**owned, children_complete=True, expulsion_interest=False,
                              expulsion_interest_serious=False, security_threat=False,
                              extremism_indications=False, expulsion_order=False,
                              deportation_order_58a=False, housing_sufficient=True,
                              cooperation_fulfilled=True, identity_steps_taken=True)
    return person


@pytest.fixture
def integrated(authority):
    return well_integrated(authority)


@pytest.fixture
def sparse(authority):
    """Only a Duldung is known: nearly every pathway is open for lack of facts."""
    person = make_person(authority, file_number="KT-2020-0007", family_name="Rahimi",
                         given_names="Farid", nationality="AFG", birth_date=date(1988, 1, 1))
    add_period(person, "duldung", date(2020, 1, 15), None)
    return person
