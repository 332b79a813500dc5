"""A decision keeps what the law engine said for the person and the norm on the decision date;
later changes to the file do not change it."""

from datetime import date

from tests.cases.decision_helpers import make_application, refuse
from tests.screening.conftest import well_integrated
from wegweiser.cases.models import Decision, LivelihoodRecord
from wegweiser.screening.single import evaluate_person

DECIDED = date(2026, 9, 15)


def test_the_p25b_snapshot_keeps_the_open_livelihood_after_the_livelihood_is_recorded(
        authority, caseworker):
    person = well_integrated(authority)
    LivelihoodRecord.objects.filter(person=person).delete()
    application = make_application(person, caseworker, pathway_id="p25b")
    decision = refuse(caseworker, application, decided_on=DECIDED, reasons=["livelihood"])

    LivelihoodRecord.objects.create(authority=authority, person=person, assessed_on=date(2026, 6, 1),
                                    own_earnings_share=100, receives_benefits=False)
    assert evaluate_person(person, DECIDED).verdict.pathway("p25b").verdict == "should"

    stored = Decision.objects.get(pk=decision.pk)
    assert stored.snapshot_verdict == "unknown"
    assert stored.snapshot["norm"] == "§ 25b Abs. 1 AufenthG"
    assert stored.snapshot["as_of"] == "2026-09-15"
    assert "floor" in stored.snapshot  # what the missing facts cannot lower (none here)
    assert [c["id"] for c in stored.snapshot["deciding"]] == ["p25b.livelihood"]
    assert stored.snapshot["deciding"][0]["status"] == "unknown"
    assert stored.snapshot["rule_version"]
    assert stored.snapshot["verdicts"]["p25b"] == "unknown"


def test_correcting_the_reasons_keeps_the_snapshot_but_a_new_date_takes_a_new_one(
        authority, caseworker):
    from wegweiser.cases import decisions

    person = well_integrated(authority)
    LivelihoodRecord.objects.filter(person=person).delete()
    application = make_application(person, caseworker, pathway_id="p25b")
    decision = refuse(caseworker, application, decided_on=DECIDED)
    LivelihoodRecord.objects.create(authority=authority, person=person, assessed_on=date(2026, 6, 1),
                                    own_earnings_share=100, receives_benefits=False)

    decision.reason_text = "Einkommen nicht nachgewiesen."
    decisions.record_decision(caseworker, decision, decision.version)
    assert Decision.objects.get(pk=decision.pk).snapshot_verdict == "unknown"

    decision.decided_on = date(2026, 9, 16)
    decisions.record_decision(caseworker, decision, decision.version)
    assert Decision.objects.get(pk=decision.pk).snapshot_verdict == "should"


def test_a_decision_recorded_elsewhere_keeps_the_snapshot_it_brings(authority, caseworker):
    from wegweiser.cases import decisions

    person = well_integrated(authority)
    application = make_application(person, caseworker, pathway_id="p25b")
    brought = ("may", {"as_of": "2026-09-15", "norm": "§ 25b Abs. 1 AufenthG", "verdict": "may"})
    decision = Decision(application=application, decided_on=DECIDED, outcome="granted",
                        decision_type="should")
    decisions.record_decision(caseworker, decision, snapshot=brought)
    assert Decision.objects.get(pk=decision.pk).snapshot_verdict == "may"
