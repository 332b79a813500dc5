"""The shared catalogue between offices: publish a definition, read everyone's, adopt one.

Only definitions cross authorities: a guideline's number, title, rule text, note and legal
bases, or a constellation's name, description and conditions. Never persons, staff names,
counts or decisions. Adopting goes through the review app's own door (create_guideline,
save_constellation), so the adopting office's validation applies and the row is its own draft.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, QuerySet
from django.utils.translation import gettext as _

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.review import constellations, guidelines
from wegweiser.review.models import Constellation, Guideline, GuidelineVersion
from wegweiser.review.models.guideline import VersionReason, VersionState

from .models import CatalogueEntry, EntryKind

# The fields a catalogue entry exposes; the test asserts nothing else leaves the office.
PUBLIC_FIELDS = ("kind", "key", "version", "source_version", "title", "text", "note",
                 "pathway_ids", "conditions", "published_at")


def entries() -> QuerySet[CatalogueEntry]:
    """Every published entry of every authority: the catalogue is readable by all by design."""
    return CatalogueEntry.objects.select_related("origin_authority")


def as_public_dict(entry: CatalogueEntry) -> dict[str, Any]:
    data = {name: getattr(entry, name) for name in PUBLIC_FIELDS}
    data["origin"] = entry.origin_authority.name
    data["published_at"] = entry.published_at.isoformat() if entry.published_at else None
    return data


def condition_texts(entry: CatalogueEntry) -> list[str]:
    """A constellation's conditions in words, as the review app's constellation pages show them
    (the origin's towns named as the origin names them)."""
    return [constellations.describe(condition, entry.origin_authority_id)
            for condition in entry.conditions or [] if isinstance(condition, dict)]


def publish_guideline(user, version: GuidelineVersion, request=None) -> CatalogueEntry:
    if version.authority_id != user.authority_id:
        raise ValidationError(_("Diese Leitlinie gibt es nicht."))
    if version.state != VersionState.APPROVED:
        raise ValidationError(_("Veröffentlicht werden nur in Kraft gesetzte Fassungen."))
    guideline = version.guideline
    return _publish(user, request, kind=EntryKind.GUIDELINE, key=guideline.number,
                    source_version=version.number, title=guideline.title, text=version.text,
                    note=version.note, pathway_ids=list(version.pathway_ids or []))


def publish_constellation(user, constellation: Constellation, request=None) -> CatalogueEntry:
    if constellation.authority_id != user.authority_id:
        raise ValidationError(_("Diese Fallkonstellation gibt es nicht."))
    return _publish(user, request, kind=EntryKind.CONSTELLATION, key=constellation.name,
                    source_version=constellation.version, title=constellation.name,
                    text=constellation.description,
                    conditions=list(constellation.conditions or []))


def _publish(user, request, **fields: Any) -> CatalogueEntry:
    """Re-publishing the same item creates the next catalogue version."""
    with transaction.atomic():
        same = CatalogueEntry.objects.filter(origin_authority_id=user.authority_id,
                                             kind=fields["kind"], key=fields["key"])
        latest = same.aggregate(n=Max("version"))["n"] or 0
        try:
            with transaction.atomic():
                entry = CatalogueEntry.objects.create(origin_authority_id=user.authority_id,
                                                      version=latest + 1, **fields)
        except IntegrityError as error:  # published at the same moment by someone else
            raise ValidationError(_("Gerade wurde dieselbe Fassung veröffentlicht; bitte "
                                    "erneut versuchen.")) from error
        record(user, AuditAction.CREATE, request=request, target="Katalogeintrag",
               authority_id=user.authority_id,
               detail={"record": "catalogueentry", "id": entry.pk, "kind": entry.kind,
                       "key": entry.key, "version": entry.version})
    return entry


def adopt(user, entry: CatalogueEntry, *, number: str = "", request=None
          ) -> Guideline | Constellation:
    """Create a draft of the adopting authority from a published entry."""
    origin = _("Übernommen aus dem Katalog: %(origin)s, %(key)s, Fassung %(version)s") % {
        "origin": entry.origin_authority.name, "key": entry.key, "version": entry.version}
    if entry.kind == EntryKind.GUIDELINE:
        adopted: Guideline | Constellation = guidelines.create_guideline(
            user, number=number or entry.key, title=entry.title, request=request,
            draft={"text": entry.text, "note": entry.note, "pathway_ids": entry.pathway_ids,
                   "reason_kind": VersionReason.OTHER, "reason_text": origin})
    else:
        adopted = constellations.save_constellation(
            user, None, name=number or entry.title,
            description=f"{entry.text}\n\n{origin}".strip(), conditions=entry.conditions,
            request=request)
    record(user, AuditAction.CREATE, request=request, target="Katalogeintrag übernommen",
           authority_id=user.authority_id,
           detail={"record": "catalogueentry", "id": entry.pk, "adopted": adopted.pk})
    return adopted
