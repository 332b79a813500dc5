"""Examples of the hardship review in the demo district: saved constellations, an earlier
conference with approved minutes and a planned one - all through the review app's one door,
so that the pages show real work from the first login."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from wegweiser.accounts.models import User
from wegweiser.accounts.roles import Role
from wegweiser.review import conferences, constellations
from wegweiser.review.models import Conference
from wegweiser.review.models.conference import Recommendation
from wegweiser.review.proposals import candidates

CONSTELLATIONS = [
    ("Familien mit minderjährigen Kindern, Kettenduldung ab 6 Jahren",
     "Typische Konstellation für § 25b Abs. 1 Satz 2 Nr. 1 (Alleinerziehende und Familien).",
     [{"feature": "has_minor_child", "op": "eq", "value": True},
      {"feature": "toleration_months", "op": "ge", "value": 72}]),
    ("Junge Erwachsene 21–26 mit Schulabschluss",
     "Für § 25a Abs. 1: Antrag vor dem 27. Geburtstag.",
     [{"feature": "age", "op": "between", "value": [21, 26]},
      {"feature": "school_qualification", "op": "eq", "value": True}]),
    ("Identität ungeklärt, Kettenduldung ab 18 Monaten",
     "Für § 25 Abs. 5: Prüfung, ob nach § 5 Abs. 3 Satz 2 von der Identitätsklärung abgesehen "
     "werden kann.",
     [{"feature": "identity_clarified", "op": "eq", "value": False},
      {"feature": "toleration_months", "op": "ge", "value": 18}]),
]

RECOMMENDATIONS = [
    (Recommendation.GRANT_DISCRETION, "Ermessen zugunsten ausüben; lange Duldung, Kinder in der "
                                      "Schule, Mitwirkung bei der Passbeschaffung belegt."),
    (Recommendation.OBTAIN_FACTS, "Erst Sprachnachweis und Lebensunterhalt klären."),
    (Recommendation.INFORM_PERSON, "Zur Beratungsstelle einladen; § 25b Abs. 1 erscheint "
                                   "erreichbar."),
]


def add_review_examples(authority_id: int, today: date) -> None:
    users = User.objects.filter(authority_id=authority_id, is_active=True)
    head = users.filter(role=Role.HEAD).order_by("pk").first()
    staff = list(users.filter(role=Role.CASEWORKER).order_by("username")[:3])
    if head is None:
        return
    for name, description, conditions in CONSTELLATIONS:
        constellations.save_constellation(head, None, name=name, description=description,
                                          conditions=conditions)
    found = candidates(authority_id, today)
    earlier = _conference(head, staff, today - timedelta(days=28), "Fallkonferenz (Demo)")
    for (kind, text), candidate in zip(RECOMMENDATIONS, found[:3], strict=False):
        item = conferences.adopt_candidate(head, earlier, _person(candidate.person_id),
                                           candidate.source, earlier.version)
        earlier.refresh_from_db()
        conferences.record_item(head, item, item.version, discussion=text,
                                recommendation=kind, recommendation_text="")
    # A conference counts as held only on or after its day (a demo dated ahead waits).
    if earlier.items.exists() and earlier.held_on <= timezone.localdate():
        conferences.mark_held(head, earlier, earlier.version)
        earlier.refresh_from_db()
        conferences.approve_minutes(head, earlier, earlier.version)
    _conference(head, staff, today + timedelta(days=14), "Fallkonferenz (geplant)")


def _conference(head, staff, day: date, title: str) -> Conference:
    conference = Conference(authority_id=head.authority_id, held_on=day, title=title, chair=head)
    return conferences.plan_conference(head, conference, None, staff,
                                       [("Dr. Amira Nassar", "Caritasverband")])


def _person(person_id: int):
    from wegweiser.cases.models import Person

    return Person.unscoped.get(pk=person_id)
