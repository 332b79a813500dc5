"""The constellation feature frames on disk, so that a web process starts warm.

Reading the case files of 100,000 persons into a frame takes seconds; reading the same frame from
a Parquet file takes milliseconds. Every frame a process builds is written here, and a screening
run writes the frame of its day, so a new or restarted web process loads the frame and patches it
from the audit log like its own cached copy (review.constellation_frame).

A file is trusted only if the audit entry it was built after still exists with the same hash:
a database that was reset or restored (demo reset, tests, a backup) has other entries, and its
frames are built again. Files older than WEGWEISER_CONSTELLATION_CACHE_SECONDS are not used.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import polars as pl
from django.conf import settings

from wegweiser.audit.models import AuditEntry
from wegweiser.law.statute.parameters import Policy


@dataclass(frozen=True)
class StoredFrame:
    frame: pl.DataFrame
    audit_mark: int
    built_at: float  # wall-clock seconds


def enabled() -> bool:
    return _directory() is not None


def _directory() -> Path | None:
    configured = settings.WEGWEISER_CONSTELLATION_FRAME_DIR
    if not configured or settings.WEGWEISER_CONSTELLATION_CACHE_SECONDS <= 0:
        return None
    return Path(configured)


def _stem(authority_id: int, as_of: date, policy: Policy) -> str:
    policy_hash = hashlib.sha256(repr(policy).encode()).hexdigest()[:16]
    return f"{authority_id}-{as_of.isoformat()}-{policy_hash}"


def _mark_stamp(mark: int) -> str | None:
    """The hash of the audit entry: it chains every entry before it, so a database that was
    reset or restored cannot present the same hash at the same id."""
    return AuditEntry.objects.filter(pk=mark).values_list("entry_hash", flat=True).first()


def save(authority_id: int, as_of: date, policy: Policy, frame: pl.DataFrame,
         audit_mark: int, built_at: float) -> None:
    directory = _directory()
    stamp = _mark_stamp(audit_mark)
    if directory is None or stamp is None:
        return
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)  # personal data: service user only
    stem = _stem(authority_id, as_of, policy)
    # Written under temporary names and renamed: a reader never sees half a file.
    partial = directory / f".{stem}.{os.getpid()}.parquet"
    frame.write_parquet(partial)
    meta = {"audit_mark": audit_mark, "stamp": stamp, "built_at": built_at}
    partial_meta = directory / f".{stem}.{os.getpid()}.json"
    partial_meta.write_text(json.dumps(meta))
    os.replace(partial, directory / f"{stem}.parquet")
    os.replace(partial_meta, directory / f"{stem}.json")
    _remove_outdated(directory)


def _remove_outdated(directory: Path) -> None:
    """Copies older than the cache period are never loaded again: they only take space."""
    oldest = time.time() - settings.WEGWEISER_CONSTELLATION_CACHE_SECONDS
    for path in directory.iterdir():
        try:
            if path.stat().st_mtime < oldest:
                path.unlink()
        except OSError:
            pass  # removed by another process meanwhile


def load(authority_id: int, as_of: date, policy: Policy) -> StoredFrame | None:
    directory = _directory()
    if directory is None:
        return None
    stem = _stem(authority_id, as_of, policy)
    try:
        meta = json.loads((directory / f"{stem}.json").read_text())
        if time.time() - meta["built_at"] > settings.WEGWEISER_CONSTELLATION_CACHE_SECONDS:
            return None
        if _mark_stamp(meta["audit_mark"]) != meta["stamp"]:
            return None
        frame = pl.read_parquet(directory / f"{stem}.parquet")
    except (OSError, ValueError, KeyError, pl.exceptions.PolarsError):
        return None  # missing, half-written by an old version, or unreadable: build anew
    return StoredFrame(frame, meta["audit_mark"], meta["built_at"])
