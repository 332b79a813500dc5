"""Write the sample file docs/formats/beispiel-faelle.json through the real export.

The persons of sample_data.py are stored in a throw-away authority inside a transaction that
is rolled back, and exported with ``interop.exchange.cases_to_document`` - so the file always
has the current exchange format: when the format grows (e.g. the legal assessment),
``python manage.py sample_file`` writes the new fields too. Needs a migrated database; nothing
stays in it.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from wegweiser.accounts.models import Authority, Municipality, User
from wegweiser.cases.models import (
    Application,
    ApprovalRequest,
    Assessment,
    AsylumProcedure,
    Conviction,
    CooperationStep,
    Decision,
    Employment,
    FamilyLink,
    LanguageCertificate,
    LivelihoodRecord,
    Person,
    SchoolRecord,
    StatusPeriod,
    TrainingRecord,
)
from wegweiser.interop.exchange import cases_to_document

from . import sample_data

SAMPLE_PATH = settings.PROJECT_DIR / "docs" / "formats" / "beispiel-faelle.json"
FACT_MODELS = {"language": LanguageCertificate, "school": SchoolRecord,
               "training": TrainingRecord, "employment": Employment,
               "livelihood": LivelihoodRecord, "cooperation": CooperationStep,
               "conviction": Conviction}
EXPORTED_AT = "2026-12-01T09:00:00+01:00"  # fixed: the file changes only when its content does


class _Rollback(Exception):
    """Leaves the transaction after the export, so that nothing is stored."""


def sample_document() -> dict[str, Any]:
    """The sample as an exchange document (built in the database, then rolled back)."""
    document: dict[str, Any] = {}
    try:
        with transaction.atomic():
            office = _authority()
            document = cases_to_document(
                Person.unscoped.filter(authority=office).order_by("file_number"), office.name)
            raise _Rollback
    except _Rollback:
        pass
    return canonical({**document, "exported_at": EXPORTED_AT})


def write_sample(path: Path = SAMPLE_PATH) -> Path:
    text = json.dumps(sample_document(), ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def canonical(document: dict[str, Any]) -> dict[str, Any]:
    """Facts and family links in a fixed order, whatever order the database returned."""
    for case in document.get("cases", []):
        case["facts"] = {key: sorted(rows, key=_key) for key, rows in case["facts"].items()}
        case["family"] = sorted(case["family"], key=_key)
    return document


def _key(row: dict) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


def _authority() -> Authority:
    office = Authority.objects.create(name=sample_data.AUTHORITY, short_name="BSP-TMP")
    towns = {name: Municipality.objects.create(authority=office, name=name)
             for name in sample_data.TOWNS}
    persons = {entry["person"]["file_number"]: _person(office, towns, entry)
               for entry in sample_data.PERSONS}
    for person_number, relative_number, relation in sample_data.FAMILY:
        FamilyLink.objects.create(authority=office, person=persons[person_number],
                                  relative=persons[relative_number], relation=relation)
    return office


def _person(office: Authority, towns: dict[str, Municipality], entry: dict) -> Person:
    fields = dict(entry["person"])
    fields["municipality"] = towns[fields["municipality"]] if fields.get("municipality") else None
    person = Person.objects.create(authority=office, **fields)
    owned = {"authority": office, "person": person}
    for kind, start, end, legal_basis, code in entry["periods"]:
        StatusPeriod.objects.create(**owned, kind=kind, start=start, end=end,
                                    legal_basis=legal_basis, azr_reason_code=code)
    if "asylum" in entry:
        AsylumProcedure.objects.create(**owned, **entry["asylum"])
    for key, model in FACT_MODELS.items():
        for record in entry.get(key, []):
            model.objects.create(**owned, **record)
    if "assessment" in entry:
        Assessment.objects.create(**owned, **entry["assessment"])
    for given in entry.get("applications", []):
        _application(owned, dict(given))
    return person


def _application(owned: dict, given: dict) -> None:
    decision, approval = given.pop("decision", None), given.pop("approval", None)
    application = Application.objects.create(**owned, **given)
    if decision is None:
        return
    made = Decision.objects.create(**owned, application=application, **decision)
    if approval is not None:
        requester = User.objects.create(username="beispiel-sachbearbeitung",
                                        authority=owned["authority"])
        times = {k: datetime.fromisoformat(approval[k]) for k in ("requested_at", "answered_at")}
        request = ApprovalRequest.objects.create(
            **owned, decision=made, requested_by=requester,
            **{k: v for k, v in approval.items() if k not in times})
        # "requested_at" is stamped on creation; the sample keeps its fixed moments.
        ApprovalRequest.objects.filter(pk=request.pk).update(**times)
