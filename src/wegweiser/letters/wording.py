"""Letter templates: the default wording, and the one door to change it (a new version each time)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.web.versioning import ConflictError, claim_version

from .models import LetterTemplate, TemplateKind, TemplateVersion
from .placeholders import problems

DEFAULT_NAME = "Information und Einladung zur Beratung"
DEFAULT_SUBJECT = ("Sie können vielleicht in Deutschland bleiben – wir laden Sie zur Beratung ein")
DEFAULT_BODY = "\n".join([
    "{{ anrede }}",
    "",
    ("wir haben Ihre Akte geprüft. Sie können vielleicht eine Aufenthaltserlaubnis bekommen. Wir"
     " möchten Ihnen dabei helfen. Deshalb laden wir Sie zu einem Gespräch in unsere "
     "Beratungsstelle ein. Die Beratung ist kostenlos."),
    "",
    "Diese Wege können für Sie offen sein:",
    "{{ wege }}",
    "",
    ("Das ist noch keine Entscheidung. Wir prüfen Ihren Fall genau, wenn Sie einen Antrag "
     "stellen. Wir helfen Ihnen beim Antrag."),
    "",
    "So bekommen Sie einen Termin:",
    ("– Buchen Sie online unter {{ buchungsseite }}. Geben Sie dort Ihren Buchungscode ein: {{ "
     "buchungscode }}. Der Code gilt bis {{ gueltig_bis }}."),
    "– Oder rufen Sie uns an: {{ telefon }}.",
    "– Oder kommen Sie ohne Termin in die offene Sprechzeit: {{ sprechzeiten }}.",
    "",
    "Bitte bringen Sie mit:",
    "{{ unterlagen }}",
    "",
    "Sie finden uns hier:",
    "{{ beratungsstelle }}",
    "",
    "Haben Sie Fragen? Rufen Sie uns gerne an.",
    "",
    "Mit freundlichen Grüßen",
    "{{ behoerde }}",
])
SUBJECT_MAX = 300
BODY_MAX = 20_000


class TemplateConflict(ConflictError):
    message = gettext_noop(
        "Diese Vorlage wurde inzwischen von jemand anderem geändert. Ihre Eingaben sind unten "
        "erhalten; bitte laden Sie die Seite neu und übertragen Sie Ihre Änderungen.")


def default_template(authority_id: int) -> LetterTemplate:
    """The authority's invitation template; created with the plain-German wording on first use."""
    template = LetterTemplate.unscoped.filter(authority_id=authority_id,
                                              kind=TemplateKind.INVITATION).order_by("pk").first()
    if template is not None:
        return template
    with transaction.atomic():
        template = LetterTemplate.unscoped.create(authority_id=authority_id, name=DEFAULT_NAME,
                                                  kind=TemplateKind.INVITATION)
        TemplateVersion.unscoped.create(authority_id=authority_id, template=template, number=1,
                                        subject=DEFAULT_SUBJECT, body=DEFAULT_BODY)
    return template


def check(subject: str, body: str) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not subject.strip():
        errors["subject"] = [_("Bitte einen Betreff angeben.")]
    elif len(subject) > SUBJECT_MAX:
        errors["subject"] = [_("Höchstens %(max)s Zeichen.") % {"max": SUBJECT_MAX}]
    elif found := problems(subject):
        errors["subject"] = found
    if not body.strip():
        errors["body"] = [_("Bitte einen Text angeben.")]
    elif len(body) > BODY_MAX:
        errors["body"] = [_("Höchstens %(max)s Zeichen.") % {"max": BODY_MAX}]
    elif found := problems(body):
        errors["body"] = found
    return errors


def save_version(user, template: LetterTemplate, *, subject: str, body: str,
                 expected_version: int | None, request=None) -> TemplateVersion:
    """Add the next version of the template; ValidationError or TemplateConflict write nothing."""
    subject, body = (subject or "").strip(), (body or "").replace("\r\n", "\n").strip()
    errors = check(subject, body)
    if errors:
        raise ValidationError(errors)
    current = template.current
    if current and current.subject == subject and current.body == body:
        raise ValidationError(_("Der Text ist unverändert; es wurde keine neue Fassung angelegt."))
    with transaction.atomic():
        claim_version(LetterTemplate.unscoped, template, expected_version, TemplateConflict)
        version = TemplateVersion.unscoped.create(
            authority_id=template.authority_id, template=template,
            number=(current.number + 1) if current else 1, subject=subject, body=body,
            created_by=user)
        record(user, AuditAction.CHANGE, request=request, target=gettext_lazy("Briefvorlage"),
               detail={"record": "lettertemplate", "id": template.pk, "version": version.number})
    return version
