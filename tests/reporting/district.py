"""A small hand-built district for the reporting tests, with the right KPI values written down.

Period: 1 January to 30 June 2026. Four screened persons, decisions in and outside the period,
conferences held and planned, guidelines in and out of force, and a second authority whose rows
must never count.
"""

from datetime import date

from tests.conftest import make_person
from tests.review.practice_helpers import decide

START, END = date(2026, 1, 1), date(2026, 6, 30)

# The right values for the period, computed by hand from the rows below.
EXPECTED = {
    "long_term_tolerated": 3,  # P1 30, P2 14, P4 40 months (>= 12); P3 only 5
    "screened": 4,
    "pathways_met": 1,  # P1 (P4's § 23a does not count)
    "pathways_pending": 1,  # P2
    "pathways_unknown": 1,  # P3
    "applications": 4,  # d1, d2, d3 and P2's open one; not d4/d5 (outside), not the Duldung one
    "grants": 3,  # d1 granted, d2 partly, d5 granted; d3 refused, d4 after the period
    "funnel_applied": 3,  # P1, P2, P3
    "funnel_granted": 3,  # P1, P2, P4
    "conferences_held": 1,
    "cases_discussed": 2,  # P1 and P3 in the held conference
    "guidelines_in_force": 1,
    "discretion_in_favour": 1,  # d2
}
GRANTS_PER_NORM = [("§ 25b Abs. 1 AufenthG", 2), ("§ 25 Abs. 5 AufenthG", 1)]


def run(authority, as_of, rows, status="done"):
    from wegweiser.screening.models import ScreeningResult, ScreeningRun

    screening = ScreeningRun.objects.create(authority=authority, as_of=as_of, status=status,
                                            persons_total=len({p.pk for p, *_ in rows}))
    ScreeningResult.objects.bulk_create([
        ScreeningResult(authority=authority, run=screening, person=person, pathway_id=pathway,
                        verdict=verdict, summary="", toleration_months=months)
        for person, pathway, verdict, months in rows])
    return screening


def build(authority, other_authority, head):
    from wegweiser.cases.models import Application
    from wegweiser.review.models import AgendaItem, Conference, Guideline, GuidelineVersion

    p1, p2, p3, p4 = (make_person(authority, file_number=f"KT-{i}", family_name=f"Name{i}")
                      for i in range(1, 5))
    # An older run and one after the period: neither counts.
    run(authority, date(2025, 12, 31), [(p1, "p25b", "entitlement", 20)])
    run(authority, date(2026, 7, 15), [(p1, "p25b", "entitlement", 31), (p3, "p25b", "may", 7)])
    run(authority, date(2026, 5, 31), [
        (p1, "p25b", "entitlement", 30), (p1, "p25_5", "may", 30),
        (p2, "p25b", "pending_time", 14), (p2, "p104c", "unknown", 14),
        (p3, "p25b", "unknown", 5),
        (p4, "p23a", "may", 40), (p4, "p25b", "not_met", 40)])
    decide(p1, date(2026, 3, 10), "granted", days=30, pathway_id="p25b")
    decide(p2, date(2026, 4, 20), "partly", days=30, pathway_id="p25_5", discretion="in_favour")
    decide(p3, date(2026, 5, 15), "refused", days=10, pathway_id="p25b", discretion="against")
    decide(p1, date(2026, 8, 1), "granted", days=10, pathway_id="p25b")
    decide(p4, date(2026, 1, 20), "granted", days=60, pathway_id="p25b")
    for subject, received in (("duldung", date(2026, 2, 1)), ("residence_permit", date(2026, 6, 1))):
        Application.objects.create(authority=authority, person=p2, received_on=received,
                                   subject=subject, channel="post")
    held = Conference.objects.create(authority=authority, held_on=date(2026, 2, 10), chair=head,
                                     status="held")
    planned = Conference.objects.create(authority=authority, held_on=date(2026, 6, 20),
                                        chair=head, status="planned")
    earlier = Conference.objects.create(authority=authority, held_on=date(2025, 12, 1),
                                        chair=head, status="approved")
    for conference, person, position in ((held, p1, 1), (held, p3, 2), (planned, p2, 1),
                                         (earlier, p4, 1)):
        AgendaItem.objects.create(authority=authority, conference=conference, person=person,
                                  position=position, question="Härtefall?")
    for number, state, start, end in (("1", "approved", date(2026, 1, 1), None),
                                      ("2", "approved", date(2025, 1, 1), date(2026, 3, 31)),
                                      ("3", "draft", None, None),
                                      ("4", "approved", date(2026, 7, 1), None)):
        guideline = Guideline.objects.create(authority=authority, number=number, title="L")
        GuidelineVersion.objects.create(authority=authority, guideline=guideline, number=1,
                                        text="Regel", reason_kind="practice", state=state,
                                        valid_from=start, valid_to=end)
    _other(other_authority)
    return {"persons": (p1, p2, p3, p4)}


def _other(other_authority):
    """Rows of another authority in the same period: they must never be counted."""
    stranger = make_person(other_authority, file_number="SA-9", family_name="Fremd")
    run(other_authority, date(2026, 6, 1), [(stranger, "p25b", "entitlement", 50)])
    decide(stranger, date(2026, 3, 1), "granted", days=20, pathway_id="p25b",
           discretion="in_favour")
