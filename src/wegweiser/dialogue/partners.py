"""The one door of the partner register: validate, claim the version read, save, audit.

A rule violation raises ValidationError with German messages; nothing is written then.
Views never save organisations or contacts themselves.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from .models import Contact, Organisation, OrganisationKind

__all__ = ["ConflictError", "delete_contact", "partners", "save_contact", "save_organisation"]


def partners(kind: str = "", topic: str = "", language: str = "") -> QuerySet[Organisation]:
    """The authority's organisations, narrowed by kind, a topic and a language offered."""
    rows = Organisation.objects.all()
    if kind:
        rows = rows.filter(kind=kind)
    if topic.strip():
        rows = rows.filter(topics__icontains=topic.strip())
    if language.strip():
        rows = rows.filter(languages__icontains=language.strip())
    return rows


def save_organisation(user, organisation: Organisation, expected_version: int | None,
                      request=None) -> Organisation:
    creating = organisation.pk is None
    organisation.name = (organisation.name or "").strip()
    problems: dict[str, list[str]] = {}
    if not organisation.name:
        problems["name"] = [_("Bitte den Namen der Organisation angeben.")]
    if organisation.kind not in OrganisationKind.values:
        problems["kind"] = [_("Bitte die Art der Organisation wählen.")]
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        if not creating:
            claim_version(Organisation.unscoped, organisation, expected_version)
        organisation.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, organisation,
               request)
    return organisation


def save_contact(user, contact: Contact, expected_version: int | None, request=None) -> Contact:
    creating = contact.pk is None
    contact.name = (contact.name or "").strip()
    problems: dict[str, list[str]] = {}
    if not contact.name:
        problems["name"] = [_("Bitte den Namen der Ansprechperson angeben.")]
    if not (contact.email or "").strip() and not (contact.phone or "").strip():
        problems["email"] = [_("Bitte eine E-Mail-Adresse oder eine Telefonnummer angeben.")]
    if contact.organisation.authority_id != contact.authority_id:
        problems["organisation"] = [_("Diese Organisation gibt es nicht.")]
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        if not creating:
            claim_version(Contact.unscoped, contact, expected_version)
        contact.save()
        _audit(user, AuditAction.CREATE if creating else AuditAction.CHANGE, contact.organisation,
               request, {"contact": contact.pk})
    return contact


def delete_contact(user, contact: Contact, expected_version: int | None, request=None) -> None:
    """Contacts are personal data of a partner's staff: deleted for good, the log keeps no name."""
    organisation = contact.organisation
    with transaction.atomic():
        claim_version(Contact.unscoped, contact, expected_version)
        pk = contact.pk
        contact.delete()
        _audit(user, AuditAction.DELETE, organisation, request, {"contact": pk})


def _audit(user, action: str, organisation: Organisation, request, extra: dict | None = None):
    record(user, action, target=f"Partnerorganisation {organisation.pk}", request=request,
           authority_id=organisation.authority_id,
           detail={"record": "organisation", "id": organisation.pk, **(extra or {})})
