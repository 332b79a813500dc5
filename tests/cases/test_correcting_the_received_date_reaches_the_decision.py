"""The decision carries a copy of its application's received date (the decision-practice figures
read the days from application to decision from it); a correction of the date reaches it."""

from datetime import date

from tests.cases.decision_helpers import RECEIVED, decide, make_application
from wegweiser.cases import decisions
from wegweiser.cases.models import Application, Decision


def test_a_recorded_decision_carries_the_received_date(caseworker, person):
    decision = decide(caseworker, make_application(person, caseworker))
    assert Decision.objects.get(pk=decision.pk).received_on == RECEIVED


def test_correcting_the_received_date_corrects_the_decisions_copy(caseworker, person):
    application = make_application(person, caseworker)
    decision = decide(caseworker, application)
    version = Decision.objects.get(pk=decision.pk).version
    application = Application.objects.get(pk=application.pk)
    application.received_on = date(2026, 2, 16)
    decisions.save_application(caseworker, application, application.version)
    stored = Decision.objects.get(pk=decision.pk)
    assert stored.received_on == date(2026, 2, 16)
    assert stored.version == version  # a derived copy: no conflict for whoever edits the decision
