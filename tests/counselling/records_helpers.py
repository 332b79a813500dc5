"""Counselling records for tests: a client with a session, partners, consents."""

from datetime import date, timedelta

from django.utils import timezone

from wegweiser.counselling import records
from wegweiser.counselling.models import Client, Consent, Session
from wegweiser.dialogue.models import Organisation

from .factories import make_desk


def yesterday() -> date:
    return timezone.localdate() - timedelta(days=1)


def make_partner(authority, name="Caritas Migrationsberatung", **fields) -> Organisation:
    defaults = {"kind": "welfare", "topics": "Arbeit, Wohnen", "languages": "Arabisch, Farsi"}
    defaults.update(fields)
    return Organisation.objects.create(authority=authority, name=name, **defaults)


def make_session(counsellor, client=None, desk=None, **fields) -> Session:
    authority = counsellor.authority
    desk = desk or make_desk(authority, slug=f"stelle-{authority.pk}-{Session.objects.count()}")
    topic_keys = fields.pop("topic_keys", ["work"])
    session = Session(authority=authority, desk=desk, counsellor=counsellor, client=client,
                      held_on=fields.pop("held_on", yesterday()),
                      outcome=fields.pop("outcome", "Vertrauliches Ergebnis XYZ"),
                      next_steps=fields.pop("next_steps", "Geheimer nächster Schritt"), **fields)
    chosen = records.topics(authority.pk).filter(key__in=topic_keys)
    return records.save_session(counsellor, session, chosen, None)


def make_client(counsellor, pseudonym="Frau A. aus Hilden") -> Client:
    return records.save_client(counsellor, Client(authority=counsellor.authority,
                                                  pseudonym=pseudonym, language="Arabisch"), None)


def give_casework_consent(counsellor, client, person, categories=("fact",), **fields) -> Consent:
    consent = Consent(authority=counsellor.authority, client=client, recipient="casework",
                      purpose=fields.pop("purpose", "Prüfung des Antrags nach § 25b AufenthG"),
                      categories=list(categories), given_on=fields.pop("given_on", yesterday()),
                      explained_in="Arabisch", **fields)
    return records.give_consent(counsellor, consent, person.file_number)
