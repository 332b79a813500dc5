"""A small district whose features are known by hand (as of AS_OF), for the constellation tests.

file  born (age on AS_OF)       nat. identity  status on AS_OF (Kettenduldung)    other
KT-A  10.03.2002 (24)           AFG  no        Duldung since 01.01.2018 (106 mo.) A2 oral; no children
KT-B  01.05.1991 (35)           IRQ  yes       Duldung since 01.06.2019 (89 mo.)  B1; child KT-K; secured
KT-K  01.04.2015 (11)           IRQ  unknown   nothing recorded (unknown)         child of KT-B
KT-C  year 2004 only (21 or 22) SYR  unknown   Duldung since 01.01.2024 (34 mo.)
KT-D  15.07.1986 (40)           IRQ  yes       Aufenthaltserlaubnis (0 mo.)       lives in Nebenort
KT-E  01.02.1996 (30)           AFG  no        nothing recorded (unknown)
"""

from datetime import date

import pytest

from tests.conftest import add_period
from tests.conftest import make_person as _make_person

AS_OF = date(2026, 11, 25)


def _assessment(person, **facts):
    from wegweiser.cases.models import Assessment

    return Assessment.objects.create(authority_id=person.authority_id, person=person, **facts)


@pytest.fixture
def district(authority):
    from wegweiser.accounts.models import Municipality
    from wegweiser.cases.models import FamilyLink, LanguageCertificate, LivelihoodRecord

    home = Municipality.objects.get(authority=authority, name="Teststadt")
    elsewhere = Municipality.objects.create(authority=authority, name="Nebenort", inhabitants=900)
    people = {}

    def make_person(authority, **fields):
        return _make_person(authority, **{"municipality": home, **fields})

    people["A"] = make_person(authority, file_number="KT-A", family_name="Amiri",
                              given_names="Ahmad", nationality="AFG",
                              birth_date=date(2002, 3, 10), identity_clarified=False)
    add_period(people["A"], "duldung", date(2018, 1, 1))
    LanguageCertificate.objects.create(authority=authority, person=people["A"], level="A2",
                                       scope="oral", issued=date(2022, 5, 1))
    _assessment(people["A"], children_complete=True)
    people["B"] = make_person(authority, file_number="KT-B", family_name="Barzani",
                              given_names="Bahar", nationality="IRQ",
                              birth_date=date(1991, 5, 1), identity_clarified=True)
    add_period(people["B"], "duldung", date(2019, 6, 1))
    LanguageCertificate.objects.create(authority=authority, person=people["B"], level="B1",
                                       scope="full", issued=date(2021, 3, 1))
    LivelihoodRecord.objects.create(authority=authority, person=people["B"],
                                    assessed_on=date(2026, 6, 1), own_earnings_share=100,
                                    receives_benefits=False)
    _assessment(people["B"], children_complete=True)
    people["K"] = make_person(authority, file_number="KT-K", family_name="Barzani",
                              given_names="Kawa", nationality="IRQ", birth_date=date(2015, 4, 1))
    FamilyLink.objects.create(authority=authority, person=people["B"], relative=people["K"],
                              relation="parent")
    people["C"] = make_person(authority, file_number="KT-C", family_name="Chalabi",
                              given_names="Cyrus", nationality="SYR",
                              birth_date=date(2004, 1, 1), birth_date_precision="year")
    add_period(people["C"], "duldung", date(2024, 1, 1))
    people["D"] = make_person(authority, file_number="KT-D", family_name="Demir",
                              given_names="Deniz", nationality="IRQ",
                              birth_date=date(1986, 7, 15), identity_clarified=True,
                              municipality=elsewhere)
    add_period(people["D"], "residence_permit", date(2020, 1, 1), legal_basis="§ 25 Abs. 5")
    people["E"] = make_person(authority, file_number="KT-E", family_name="Ebrahimi",
                              given_names="Elaha", nationality="AFG",
                              birth_date=date(1996, 2, 1), identity_clarified=False)
    return people


def constellation(authority, conditions, name="Test"):
    from wegweiser.review.models import Constellation

    return Constellation.objects.create(authority=authority, name=name, conditions=conditions)


def files(person_ids):
    """The file numbers of these persons (readable assertions)."""
    from wegweiser.cases.models import Person

    return set(Person.unscoped.filter(pk__in=person_ids).values_list("file_number", flat=True))


@pytest.fixture(autouse=True)
def _empty_cache():
    """Figures are cached per state of the data; ids restart after each test's rollback, so a
    figure of the previous test must not be found under the same key."""
    from django.core.cache import cache

    cache.clear()
