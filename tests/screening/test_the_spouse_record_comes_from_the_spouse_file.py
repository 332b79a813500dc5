"""§ 60d Abs. 1 Nr. 7 AufenthG asks about the spouse's convictions too. A linked spouse's own
case file supplies them (when its record was evaluated), whichever side stored the link; a
missing link is "no spouse" only when the assessment says so - in the database and in an
exchange file alike."""

import json
from datetime import date

import pytest

from tests.conftest import make_person
from tests.screening.conftest import AS_OF
from wegweiser.cases.models import Assessment, Conviction, FamilyLink
from wegweiser.law.engine.single import evaluate
from wegweiser.screening.facts import case_facts

pytestmark = pytest.mark.django_db


def _crime(person):
    pv = evaluate(case_facts(person, AS_OF), AS_OF).pathway("p60d")
    return next(c.status.value for c in pv.criteria if c.criterion_id == "p60d.crime")


def _spouse(authority, person, record_known=True, fine=None, from_spouse=True):
    spouse = make_person(authority, file_number="KT-SPOUSE-1", family_name="Okafor",
                         given_names="Daniel", criminal_record_known=record_known)
    if fine:
        Conviction.objects.create(authority=authority, person=spouse, date=date(2023, 4, 1),
                                  offence="Diebstahl", daily_rates=fine, juvenile=False,
                                  foreigner_specific=False, intentional=True)
    owner, relative = (spouse, person) if from_spouse else (person, spouse)
    FamilyLink.objects.create(authority=authority, person=owner, relative=relative,
                              relation="spouse")
    return spouse


def test_no_link_and_no_answer_is_open(authority, integrated):
    assert _crime(integrated) == "unknown"


def test_no_link_and_the_answer_no_spouse_is_met(authority, integrated):
    Assessment.objects.filter(person=integrated).update(has_spouse=False)
    assert _crime(integrated) == "met"


@pytest.mark.parametrize("from_spouse", [True, False])
def test_a_fine_in_the_spouse_file_is_not_met_whichever_side_linked(authority, integrated,
                                                                     from_spouse):
    _spouse(authority, integrated, fine=30, from_spouse=from_spouse)
    assert _crime(integrated) == "not_met"


def test_a_clean_evaluated_spouse_file_is_met(authority, integrated):
    _spouse(authority, integrated)
    assert _crime(integrated) == "met"


def test_a_spouse_file_without_evaluated_record_is_open(authority, integrated):
    _spouse(authority, integrated, record_known=False)
    assert _crime(integrated) == "unknown"


def test_an_exchange_file_reads_the_spouse_the_same_way(authority, integrated, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    from wegweiser.cases.models import Person
    from wegweiser.interop.exchange import cases_to_document

    _spouse(authority, integrated, fine=30)
    path = tmp_path / "faelle.json"
    path.write_text(json.dumps(cases_to_document(Person.objects.all()), default=str),
                    encoding="utf-8")
    out = StringIO()
    call_command("screen", "--input", str(path), "--as-of", AS_OF.isoformat(), "--format",
                 "json", "--pathway", "p60d", stdout=out, stderr=StringIO())
    persons = {p["file_number"]: p for p in json.loads(out.getvalue())["persons"]}
    p60d = persons[integrated.file_number]["pathways"][0]
    assert (p60d["verdict"], p60d["deciding"]) == ("blocked", ["p60d.crime"])
