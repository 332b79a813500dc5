"""The demo has § 23a petitions: some still before the commission (removal suspended, the
statement's due date a follow-up), older ones with the commission's outcome and, after a
Härtefallersuchen, the office's § 23a decision."""

from wegweiser.review.models import HardshipPetition


def test_a_petition_is_pending_with_its_statement_due_as_a_follow_up(demo):
    pending = HardshipPetition.unscoped.filter(commission_outcome="pending").select_related(
        "statement_follow_up")
    assert pending and all(p.removal_suspended for p in pending)
    for petition in pending:
        if petition.statement_sent_on is None:
            follow_up = petition.statement_follow_up
            assert follow_up is not None and follow_up.person_id == petition.person_id
            assert follow_up.due_date == petition.statement_due_on and not follow_up.done


def test_petition_dates_follow_each_other(demo):
    for p in HardshipPetition.unscoped.all():
        assert p.received_by_commission_on <= p.office_informed_on <= p.statement_due_on
        if p.commission_decided_on:
            assert p.commission_decided_on > p.received_by_commission_on
            assert p.commission_outcome != "pending"
        if p.ministry_order_on:
            assert p.commission_outcome == "ersuchen" and p.ministry_order_on > p.commission_decided_on


def test_a_linked_decision_is_the_offices_23a_decision_on_the_same_person(demo):
    for petition in HardshipPetition.unscoped.exclude(decision=None).select_related("decision"):
        assert petition.decision.pathway_id == "p23a"
        assert petition.decision.person_id == petition.person_id
