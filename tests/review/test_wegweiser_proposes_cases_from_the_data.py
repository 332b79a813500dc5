"""Wegweiser proposes cases itself, from the latest completed screening run, the approvals
waiting and the Duldung chains - each source with the case it must find and the one it must not."""

from datetime import date, timedelta

from tests.conftest import add_period, make_person
from tests.review.conference_helpers import stored_results, today
from wegweiser.review.proposals import candidates


def sources_of(authority, person):
    return {c.source for c in candidates(authority.pk, today()) if c.person_id == person.pk}


def test_discretion_opened_by_the_screening_is_proposed(authority):
    may = make_person(authority, file_number="KT-1")
    should = make_person(authority, file_number="KT-2")
    stored_results(authority, [(may, "p25_5", "may", {}), (should, "p25b", "should", {})])
    assert sources_of(authority, may) == {"may"}
    assert sources_of(authority, should) == set()
    found = [c for c in candidates(authority.pk, today(), "may")]
    assert found[0].norms == ["§ 25 Abs. 5 AufenthG"]


def test_only_the_latest_completed_run_counts(authority):
    person = make_person(authority)
    stored_results(authority, [(person, "p25_5", "may", {})])
    stored_results(authority, [(person, "p25_5", "not_met", {})])
    assert sources_of(authority, person) == set()


def test_a_pathway_met_within_90_days_is_proposed_and_later_ones_are_not(authority):
    soon = make_person(authority, file_number="KT-1")
    later = make_person(authority, file_number="KT-2")
    stored_results(authority, [
        (soon, "p25b", "pending_time", {"pending_date": today() + timedelta(days=90)}),
        (later, "p25b", "pending_time", {"pending_date": today() + timedelta(days=91)}),
    ])
    assert sources_of(authority, soon) == {"pending"}
    assert sources_of(authority, later) == set()


def test_a_refusal_waiting_for_approval_is_proposed(authority, users):
    from wegweiser.cases.models import ApprovalRequest

    waiting = make_person(authority, file_number="KT-1")
    answered = make_person(authority, file_number="KT-2")
    for person, state in ((waiting, "requested"), (answered, "approved")):
        ApprovalRequest.objects.create(authority=authority, person=person, kind="refusal",
                                       state=state, requested_by=users["caseworker"])
    ApprovalRequest.objects.create(authority=authority, person=answered, kind="closing",
                                   requested_by=users["caseworker"])
    assert sources_of(authority, waiting) == {"refusal"}
    assert sources_of(authority, answered) == set()


def test_a_duldung_chain_of_five_years_without_a_pathway_met_is_proposed(authority):
    long = make_person(authority, file_number="KT-1")
    add_period(long, "duldung", today() - timedelta(days=5 * 366), None)
    met = make_person(authority, file_number="KT-2")
    add_period(met, "duldung", today() - timedelta(days=6 * 366), None)
    short = make_person(authority, file_number="KT-3")
    add_period(short, "duldung", today() - timedelta(days=4 * 365), None)
    stored_results(authority, [(long, "p25b", "not_met", {}), (long, "p23a", "may", {}),
                               (met, "p25b", "should", {}), (short, "p25b", "not_met", {})])
    assert "long_chain" in sources_of(authority, long)
    assert "long_chain" not in sources_of(authority, met)
    assert "long_chain" not in sources_of(authority, short)


def test_a_long_chain_outside_the_latest_run_is_not_proposed(authority):
    person = make_person(authority)
    add_period(person, "duldung", date(2015, 1, 1), None)
    stored_results(authority, [(make_person(authority, file_number="KT-9"), "p25b", "may", {})])
    assert "long_chain" not in sources_of(authority, person)


def test_a_hardship_commission_candidate_is_proposed_unless_closed(authority):
    open_ = make_person(authority, file_number="KT-1")
    unknown = make_person(authority, file_number="KT-2")
    not_met = make_person(authority, file_number="KT-3")
    blocked = make_person(authority, file_number="KT-4")
    stored_results(authority, [(open_, "p23a", "may", {}), (unknown, "p23a", "unknown", {}),
                               (not_met, "p23a", "not_met", {}), (blocked, "p23a", "blocked", {})])
    assert sources_of(authority, open_) == {"p23a"}
    assert sources_of(authority, unknown) == {"p23a"}
    assert sources_of(authority, not_met) == set()
    assert sources_of(authority, blocked) == set()


def test_a_hardship_candidate_with_a_pathway_of_the_office_open_is_not_proposed_for_p23a(authority):
    # § 23a AufenthG is the last resort: § 25b Abs. 1 met ("should") helps without a petition.
    helped = make_person(authority, file_number="KT-5")
    stored_results(authority, [(helped, "p23a", "may", {}), (helped, "p25b", "should", {})])
    assert "p23a" not in sources_of(authority, helped)


def test_a_closed_file_is_never_proposed(authority):
    person = make_person(authority, closed_on=date(2026, 1, 2))
    stored_results(authority, [(person, "p25_5", "may", {}), (person, "p23a", "may", {})])
    assert sources_of(authority, person) == set()


def test_other_authorities_cases_are_not_proposed(authority, other_authority):
    foreign = make_person(other_authority, file_number="SA-1")
    stored_results(other_authority, [(foreign, "p25_5", "may", {})])
    assert candidates(authority.pk, today()) == []


def test_the_longest_toleration_comes_first_within_a_source(authority):
    short = make_person(authority, file_number="KT-1")
    long = make_person(authority, file_number="KT-2")
    stored_results(authority, [(short, "p25_5", "may", {"toleration_months": 20}),
                               (long, "p25_5", "may", {"toleration_months": 90})])
    assert [c.person_id for c in candidates(authority.pk, today(), "may")] == [long.pk, short.pk]


def test_the_candidates_are_read_with_a_fixed_number_of_queries(authority, django_assert_max_num_queries):
    rows = []
    for i in range(30):
        person = make_person(authority, file_number=f"KT-{i}")
        other = make_person(authority, file_number=f"KT-H{i}")
        rows += [(person, "p25_5", "may", {}), (other, "p23a", "may", {})]
    stored_results(authority, rows)
    with django_assert_max_num_queries(6):
        found = candidates(authority.pk, today())
    assert len(found) == 60
