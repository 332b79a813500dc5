"""A decision recorded through the one door freezes the similarity values of its day, so that
the consistency alerts compare it with similar decisions; two such decisions are compared."""

from datetime import date

from tests.cases.decision_helpers import make_application, refuse
from tests.screening.conftest import well_integrated
from wegweiser.cases.models import Decision, LivelihoodRecord
from wegweiser.review.consistency import alerts

DECIDED = date(2026, 9, 15)


def test_the_snapshot_holds_identity_livelihood_language_and_toleration(authority, caseworker):
    person = well_integrated(authority)
    LivelihoodRecord.objects.filter(person=person).delete()
    decision = refuse(caseworker, make_application(person, caseworker, pathway_id="p25b"),
                      decided_on=DECIDED, reasons=["livelihood"])
    similarity = Decision.objects.get(pk=decision.pk).snapshot["similarity"]
    assert similarity["livelihood"] == "unknown"  # no livelihood record on the decision day
    assert set(similarity) == {"identity", "livelihood", "language", "toleration_years"}


def test_a_recorded_refusal_takes_part_in_the_alerts(authority, caseworker):
    person = well_integrated(authority)
    decision = refuse(caseworker, make_application(person, caseworker, pathway_id="p25b"),
                      decided_on=DECIDED)
    stored = Decision.objects.get(pk=decision.pk)
    twin = Decision.objects.get(pk=decision.pk)
    twin.pk, twin.outcome, twin.decided_on = None, "granted", date(2026, 3, 1)
    twin.application = make_application(person, caseworker, pathway_id="p25b")
    twin.save()
    assert [row["pk"] for row in alerts(date(2026, 1, 1), date(2026, 12, 31))] == [stored.pk]
