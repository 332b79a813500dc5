"""The one door for a person's postal address and letter language."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.models import Person
from wegweiser.web.versioning import ConflictError, claim_version

from .models import PostalAddress

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def check(data: dict[str, str]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    postcode = data.get("postcode", "")
    if postcode and not (len(postcode) == 5 and postcode.isdigit()):
        errors["postcode"] = [_("Die Postleitzahl hat fünf Ziffern.")]
    if data.get("language", "") not in ["", *LANGUAGE_CODES]:
        errors["language"] = [_("Diese Sprache gibt es nicht.")]
    if any(data.get(f) for f in ("street", "postcode", "city")) and not all(
            data.get(f) for f in ("street", "postcode", "city")):
        errors.setdefault("__all__", []).append(_(
            "Eine Anschrift braucht Straße, Postleitzahl und Ort – oder bleibt ganz leer."))
    return errors


def save_address(user, person: Person, data: dict[str, str], expected_version: int | None,
                 request=None) -> PostalAddress:
    """Create or change the address; ValidationError or ConflictError write nothing."""
    data = {k: (data.get(k) or "").strip() for k in ("care_of", "street", "postcode", "city",
                                                    "language")}
    errors = check(data)
    if errors:
        raise ValidationError(errors)
    address = PostalAddress.unscoped.filter(person=person).first()
    with transaction.atomic():
        if address is None:
            address = PostalAddress.unscoped.create(authority_id=person.authority_id,
                                                    person=person, **data)
        else:
            claim_version(PostalAddress.unscoped, address, expected_version, ConflictError, **data)
        record(user, AuditAction.CHANGE, person=person, request=request,
               target=gettext_lazy("Postanschrift"),
               detail={"record": "postaladdress", "id": address.pk})
    return address
