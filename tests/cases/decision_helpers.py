"""Applications, decisions and approvals for the tests, recorded through the one door."""

from datetime import date

from wegweiser.cases import decisions
from wegweiser.cases.models import Application, ApprovalRequest, Decision

RECEIVED = date(2026, 3, 2)
DECIDED = date(2026, 9, 15)


def make_application(person, user, **fields) -> Application:
    values = {"received_on": RECEIVED, "subject": "residence_permit", "pathway_id": "p25b",
              "channel": "post", **fields}
    application = Application(person=person, authority_id=person.authority_id, assignee=user,
                              **values)
    return decisions.save_application(user, application, None)


def decide(user, application, **fields) -> Decision:
    values = {"decided_on": DECIDED, "outcome": "granted", "decision_type": "should", **fields}
    decision = Decision(application=application, **values)
    return decisions.record_decision(user, decision)


def refuse(user, application, **fields) -> Decision:
    return decide(user, application, **{"outcome": "refused", "reasons": ["livelihood"], **fields})


def approval_of(decision) -> ApprovalRequest:
    return ApprovalRequest.objects.get(decision=decision)
