"""A small, hand-built decision history for the decision-practice tests."""

from datetime import date, timedelta

from tests.conftest import make_person

SIMILAR = {"identity": "yes", "livelihood": "no", "language": "A2", "toleration_years": "6"}


def make_team(authority, name, letters=("A", "K")):
    from wegweiser.accounts.models import Team

    return Team.objects.create(authority=authority, name=name, letters_from=letters[0],
                               letters_to=letters[1])


_counter = {"n": 0}


def new_person(authority, **fields):
    _counter["n"] += 1
    n = _counter["n"]
    defaults = {"file_number": f"{authority.short_name}-P-{n:04d}", "family_name": f"Name{n}",
                "given_names": "Test"}
    defaults.update(fields)
    return make_person(authority, **defaults)


def decide(person, decided_on, outcome="granted", *, days=30, pathway_id="p25b", team=None,
           verdict="", discretion="", reasons=(), similarity=None, decision_type=""):
    """One application and its decision, `days` after the application came in."""
    from wegweiser.cases.models import Application, Decision

    application = Application.objects.create(
        authority_id=person.authority_id, person=person,
        received_on=decided_on - timedelta(days=days), subject="residence_permit",
        pathway_id=pathway_id, channel="post", status="decided")
    snapshot = {"similarity": dict(similarity)} if similarity is not None else {}
    return Decision.objects.create(
        authority_id=person.authority_id, application=application, person=person,
        decided_on=decided_on, outcome=outcome, pathway_id=pathway_id, team=team,
        snapshot_verdict=verdict, discretion=discretion, reasons=list(reasons),
        snapshot=snapshot, decision_type=decision_type)


def many(authority, count, decided_on=date(2025, 3, 1), **kwargs):
    return [decide(new_person(authority), decided_on, **kwargs) for _ in range(count)]
