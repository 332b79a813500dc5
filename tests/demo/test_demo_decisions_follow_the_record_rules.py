"""The demo writes its applications and decisions in bulk, past the one door; they still obey
the case file's rules (cases.validation) and the registry of reasons per norm."""

from wegweiser.cases import decision_reasons
from wegweiser.cases.models import Application, Decision
from wegweiser.cases.services import related_rule_values
from wegweiser.cases.validation import record_problems
from wegweiser.demo.data import practice as P

from .conftest import TODAY


def test_every_demo_reason_fits_its_norm_in_the_registry():
    for pathway_id, weighted in P.REFUSAL_REASONS.items():
        assert not decision_reasons.unfitting(pathway_id, [code for code, _w in weighted])


def test_every_demo_application_and_decision_passes_the_record_rules(demo):
    for model, name in ((Application, "application"), (Decision, "decision")):
        rows = model.unscoped.all()
        if model is Decision:
            rows = rows.select_related("application", "guideline_version")
        assert rows.exists()
        for row in rows:
            values = {f.name: getattr(row, f.attname) for f in model._meta.concrete_fields}
            values.update(related_rule_values(row))
            assert record_problems(name, values, TODAY) == [], (name, row.pk)
