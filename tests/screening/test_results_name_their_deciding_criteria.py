"""Every result says why: the deciding criteria on the explanation page, in the stored run
and in the command line's JSON; an open result names the least the person can expect."""

import io
import json

import jsonschema
import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly
from wegweiser.cases.models import LivelihoodRecord

pytestmark = pytest.mark.django_db
SCHEMA = settings.PROJECT_DIR / "docs" / "formats" / "screening-output.schema.json"


def _livelihood_unknown(person):
    """§ 25b Abs. 1 Satz 2 Nr. 3 open: no livelihood assessment at all."""
    LivelihoodRecord.objects.filter(person=person).delete()
    return person


def test_the_explanation_names_the_open_livelihood_as_deciding(client, caseworker, integrated):
    _livelihood_unknown(integrated)
    login(client, caseworker)
    page = client.get(reverse("screening:explain", args=[integrated.pk]),
                      {"as_of": AS_OF.isoformat()}).content.decode()
    p25b = page.split("§ 25b Abs. 1 AufenthG – ")[1].split("</details>")[0]
    assert "verdict--unknown" in p25b
    deciding = p25b.split("Entscheidend für dieses Ergebnis:")[1].split("</ul>")[0]
    assert "Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert" in deciding


def test_a_run_stores_the_deciding_criteria(authority, integrated):
    from wegweiser.screening.models import ScreeningResult

    _livelihood_unknown(integrated)
    run = run_directly(authority, AS_OF)
    row = ScreeningResult.objects.get(run=run, person=integrated, pathway_id="p25b")
    assert (row.verdict, row.deciding) == ("unknown", "p25b.livelihood")


def test_the_json_output_names_deciding_criteria_floor_and_upgrade(authority, integrated):
    _livelihood_unknown(integrated)
    out = io.StringIO()
    call_command("screen", "--authority", authority.short_name, "--format", "json",
                 "--as-of", AS_OF.isoformat(), stdout=out, stderr=io.StringIO())
    document = json.loads(out.getvalue())
    jsonschema.validate(document, json.loads(SCHEMA.read_text()))
    pathways = {p["pathway_id"]: p for p in document["persons"][0]["pathways"]}
    assert pathways["p25b"]["deciding"] == ["p25b.livelihood"]
    assert all({"floor", "upgrade_on", "deciding"} <= set(p) for p in pathways.values())
