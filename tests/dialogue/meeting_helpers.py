"""Meetings, agreed actions and concerns for the dialogue tests, written directly (the door's
own tests go through the door)."""

from datetime import date

from wegweiser.dialogue.models import AgreedAction, Meeting


def make_meeting(authority, title="Runder Tisch Integration", status="held",
                 format="round_table", day=date(2026, 3, 10), organisations=(), **fields):
    meeting = Meeting.objects.create(authority=authority, title=title, status=status,
                                     format=format, date=day, **fields)
    meeting.organisations.set(organisations)
    return meeting


def make_action(meeting, text="Merkblatt übersetzen", status="open", due=None, **owner):
    return AgreedAction.objects.create(authority_id=meeting.authority_id, meeting=meeting,
                                       text=text, status=status, due=due, **owner)
