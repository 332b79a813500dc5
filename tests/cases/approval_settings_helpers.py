"""Switching further acts on for four-eyes approval, through the one door."""

from wegweiser.cases import approval_settings

OFF = {name: False for name in approval_settings.NAMES}


def switch(user, deputies=(), **on):
    row = approval_settings.settings_of(user.authority_id)
    return approval_settings.save_settings(user, {**OFF, **on}, list(deputies), row.version)


def discretion_fields():
    return {"outcome": "granted", "decision_type": "discretion", "discretion": "in_favour"}
