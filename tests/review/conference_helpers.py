"""A small conference world: plan one, put cases on its agenda, hold it, record, approve."""

from datetime import date, timedelta

from django.utils import timezone

from tests.conftest import make_person, make_user


def today() -> date:
    return timezone.localdate()


def plan(authority, chair, held_on=None, participants=(), externals=(), title="Fallkonferenz"):
    from wegweiser.review.conferences import plan_conference
    from wegweiser.review.models import Conference

    conference = Conference(authority=authority, held_on=held_on or today(), title=title,
                            chair=chair)
    return plan_conference(chair, conference, None, participants, list(externals))


def on_agenda(conference, person, head, question="Liegt ein Härtefall vor?"):
    from wegweiser.review.conferences import propose, put_on_agenda

    proposal = propose(person, "caseworker", question, head)
    conference.refresh_from_db()
    return put_on_agenda(head, conference, proposal, conference.version)


def hold(conference, head):
    from wegweiser.review.conferences import mark_held

    conference.refresh_from_db()
    mark_held(head, conference, conference.version)


def recommend(item, head, recommendation="grant", text="", discussion="Beraten."):
    from wegweiser.review.conferences import record_item

    item.refresh_from_db()
    return record_item(head, item, item.version, discussion=discussion,
                       recommendation=recommendation, recommendation_text=text)


def approve(conference, chair):
    from wegweiser.review.conferences import approve_minutes

    conference.refresh_from_db()
    approve_minutes(chair, conference, conference.version)


def held_conference(authority, head, person, days_ago=30, recommendation="grant"):
    """A conference some weeks ago with the person's case recommended on, minutes approved."""
    conference = plan(authority, head, held_on=today() - timedelta(days=days_ago))
    item = on_agenda(conference, person, head)
    hold(conference, head)
    recommend(item, head, recommendation)
    approve(conference, head)
    item.refresh_from_db()
    return conference, item


def assigned_person(authority, caseworker, **fields):
    """A case worked by `caseworker` (Person.assigned_to)."""
    values = {"file_number": "KT-2018-0042", "family_name": "Rahimi", "given_names": "Zahra",
              "assigned_to": caseworker, **fields}
    return make_person(authority, **values)


def second_caseworker(authority):
    return make_user(authority, "caseworker", "sb-zwei")


def stored_results(authority, rows, as_of=None):
    """A completed screening run with the given (person, pathway, verdict, fields) results."""
    from wegweiser.screening.models import ScreeningResult, ScreeningRun

    run = ScreeningRun.objects.create(authority=authority, as_of=as_of or today(), status="done")
    ScreeningResult.objects.bulk_create([
        ScreeningResult(authority=authority, run=run, person=person, pathway_id=pathway,
                        verdict=verdict, summary="", **({"toleration_months": 60} | extra))
        for person, pathway, verdict, extra in rows])
    return run
