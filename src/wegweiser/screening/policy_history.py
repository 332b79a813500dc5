"""Who changed which setting of the screening policy when, from the simple-history records.

The history manager is not scoped to the request's authority: every query here names the
authority explicitly.  One query for the whole list, however many changes it shows.
"""

from __future__ import annotations

from typing import Any

from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy

from .models import PolicySettings
from .policy import NAMES, label, shown, to_policy

LIMIT = 50


def changes_of(authority_id: int, limit: int = LIMIT) -> list[dict[str, Any]]:
    """The authority's last ``limit`` changes, newest first: when, who, and old → new per setting.

    Each record is compared with the one before it; a creation with the defaults (which applied
    while there was no row).  One more record than shown is read as the first one's baseline.
    """
    records = list(PolicySettings.history.filter(authority_id=authority_id)
                   .select_related("history_user", "updated_by")
                   .order_by("-history_date", "-history_id")[:limit + 1])
    entries = []
    for index, record in enumerate(records):
        older = records[index + 1] if index + 1 < len(records) else None
        if older is None and record.history_type != "+":
            break  # its predecessor is unknown: it only serves as the baseline
        changed = _changed(_values(older) if record.history_type != "+" else DEFAULT_POLICY,
                           _values(record))
        if changed:
            # Saved outside a request (no history user): the editor save_policy recorded.
            entries.append({"when": record.history_date,
                            "who": record.history_user or record.updated_by, "changes": changed})
    return entries[:limit]


def _values(record) -> Policy:
    """The settings in force after a record; after a deletion the defaults apply again."""
    return DEFAULT_POLICY if record.history_type == "-" else to_policy(record)


def _changed(before: Policy, after: Policy) -> list[dict[str, str]]:
    return [{"label": label(name), "old": shown(name, getattr(before, name)),
             "new": shown(name, getattr(after, name))}
            for name in NAMES if getattr(before, name) != getattr(after, name)]
