"""The exchange format carries every fact the law reads (format 1.1), proven on the demo
district: an export imported into an empty authority gives identical case files - with the
decision history (1.2) and the § 23a petitions (1.3) -, and
screening the database and screening its export give identical results - verdict, dates,
floor and deciding criteria - for every person and pathway."""

import io
import json
from datetime import date

import pytest
from django.core.management import call_command

from wegweiser.accounts.models import Authority, Municipality
from wegweiser.cases.models import Person
from wegweiser.interop.exchange import cases_to_document
from wegweiser.interop.services import import_file

pytestmark = pytest.mark.django_db
TODAY = date(2026, 3, 1)
AS_OF = date(2026, 3, 1)


@pytest.fixture
def district(db):
    from wegweiser.demo.run import build_demo

    return build_demo(seed=7, persons=300, today=TODAY, reset=False)[0].authority


def _cases(authority) -> list[dict]:
    document = cases_to_document(Person.unscoped.filter(authority=authority))
    return sorted(json.loads(json.dumps(document, default=str))["cases"],
                  key=lambda c: c["file_number"])


def test_an_export_imported_into_an_empty_authority_gives_identical_case_files(district, head):
    empty = Authority.objects.create(name="Leere Behörde", short_name="LB")
    for town in Municipality.objects.filter(authority=district):
        Municipality.objects.create(authority=empty, name=town.name)
    _same_teams_and_guidelines(district, empty)
    exported = _cases(district)
    assert any(c["assessment"] for c in exported)  # the legal assessment travels
    assert any(a["decision"] and a["decision"]["snapshot"]
               for c in exported for a in c["applications"])  # and the decision history
    petitions = [p for c in exported for p in c["hardship_petitions"]]
    assert any(p["decision"] for p in petitions)  # the § 23a petitions with the decision
    assert any(p["removal_request"] for p in petitions)  # and the four-eyes removal request
    assert any(p["commission_outcome"] == "pending" for p in petitions)

    outcome = import_file(json.dumps({"format_version": "1.3", "cases": exported}).encode(),
                          "uebergabe.json", empty, head)

    assert outcome.ok, outcome.report()
    assert _cases(empty) == exported


def _same_teams_and_guidelines(source, target) -> None:
    """Decisions name teams and guideline versions; the receiving office must know them."""
    from wegweiser.accounts.models import Team
    from wegweiser.review.models import Guideline, GuidelineVersion

    for team in Team.objects.filter(authority=source):
        Team.objects.create(authority=target, name=team.name, letters_from=team.letters_from,
                            letters_to=team.letters_to)
    for version in GuidelineVersion.unscoped.filter(authority=source).select_related("guideline"):
        guideline, _created = Guideline.objects.get_or_create(
            authority=target, number=version.guideline.number,
            defaults={"title": version.guideline.title})
        GuidelineVersion.objects.create(authority=target, guideline=guideline,
                                        number=version.number, text=version.text,
                                        reason_kind=version.reason_kind, state=version.state)


def _screen(*source) -> dict:
    out = io.StringIO()
    call_command("screen", *source, "--format", "json", "--as-of", AS_OF.isoformat(),
                 "--no-progress", stdout=out, stderr=io.StringIO())
    return {(person["file_number"], pathway["pathway_id"]): pathway
            for person in json.loads(out.getvalue())["persons"]
            for pathway in person["pathways"]}


def test_screening_the_database_and_its_export_gives_identical_results(district, tmp_path):
    path = tmp_path / "kreis.json"
    document = cases_to_document(Person.unscoped.filter(authority=district))
    path.write_text(json.dumps(document, default=str), encoding="utf-8")

    from_db = _screen("--authority", district.short_name)
    from_file = _screen("--input", str(path))

    assert from_db.keys() == from_file.keys()
    assert len({number for number, _ in from_db}) == Person.unscoped.filter(
        authority=district).count()
    differing = {key: (from_db[key], from_file[key]) for key in from_db
                 if from_db[key] != from_file[key]}
    assert not differing, list(differing.items())[:3]
    positive = [p for p in from_db.values() if p["verdict"] in ("entitlement", "should", "may")]
    assert positive  # a file from the office's system can now yield positive results
