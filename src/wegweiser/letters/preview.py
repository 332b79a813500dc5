"""Preview a template with the data of a real person (nothing is saved, no code is issued)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.models import Person
from wegweiser.counselling.models import Desk
from wegweiser.screening.models import RunStatus, ScreeningResult, ScreeningRun

from .composer import Pathway, compose, values_for
from .households import households
from .mailruns import CODE_VALID_DAYS
from .models import TemplateVersion
from .selection import OPEN

SAMPLE_CODE = "MUST-ERCD"


def preview_html(version: TemplateVersion, person: Person, user) -> SafeString:
    today = timezone.localdate()
    found, _without = households([person])
    address_lines = found[0].address.lines if found else ["(keine gültige Anschrift in der Akte)"]
    language = found[0].address.language if found else ""
    desk = Desk.objects.first() or Desk(name="Beratungsstelle")
    values = values_for([person], {person.pk: _pathways(person)}, desk, SAMPLE_CODE,
                        today + timedelta(days=CODE_VALID_DAYS), today, person.authority.name)
    draft = compose(version, [person], address_lines, language, values, person.authority.name)
    # Reading a person's file for a preview is a read of the case file.
    record(user, AuditAction.VIEW, person=person, detail={"record": "letterpreview",
                                                          "version": version.number})
    return mark_safe(draft.html)  # noqa: S308 - composed from escaped parts


def _pathways(person: Person) -> list[Pathway]:
    run = ScreeningRun.objects.filter(status=RunStatus.DONE).first()
    if run is None:
        return []
    rows = ScreeningResult.objects.filter(run=run, person=person).filter(OPEN)
    return [Pathway(r.pathway_id, r.verdict, r.pending_date) for r in rows]
