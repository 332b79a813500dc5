"""The authority's policy settings: what each means, its bounds, and the one door to change them.

Every screening evaluates with ``policy_for(authority)``: a background run (which stores the
settings as a snapshot), the explanation of one person, the rule catalogue and the CLI.  No
stored row means the conservative defaults of ``law.statute.parameters.DEFAULT_POLICY``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop, ngettext

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.law.statute.parameters import DEFAULT_POLICY, Policy
from wegweiser.web import versioning

from .models import MixedFinesRule, PolicySettings

NAMES = tuple(f.name for f in fields(Policy))
MONTHS_MAX = 12
# The two candidate days (27.02. / 01.03.2024) lie in 2024; anything else is a typo.
P60D_FROM, P60D_TO = date(2024, 1, 1), date(2024, 12, 31)
# The GEAS regulations entered into force on 11.06.2024; a later date than 2030 is a typo.
GEAS_FROM, GEAS_TO = date(2024, 6, 11), date(2030, 12, 31)


class PolicyConflict(versioning.ConflictError):
    """Someone else saved the settings after they were loaded: the save is refused."""

    message = gettext_noop(
        "Die Einstellungen wurden inzwischen von jemand anderem geändert. Ihre Eingaben sind "
        "unten erhalten; bitte laden Sie die Seite neu und übertragen Sie Ihre Änderungen."
    )


@dataclass(frozen=True)
class Setting:
    """One policy field as the settings page explains it."""

    name: str
    explanation: Promise
    reference: str  # legal source; citations are never translated
    spec: str  # the point of the legal spec (shared/domain/pathways.md), [?] = unverified


SETTINGS: tuple[Setting, ...] = (
    Setting("p60d_new_version_from", gettext_lazy(
        "Ab diesem Tag gilt § 60d in der neuen Fassung (Einreise bis 31.12.2022, 12 Monate "
        "Beschäftigung mit mindestens 20 Wochenstunden, Identität geklärt bis 31.12.2024). Die "
        "Quellen nennen den 27.02.2024 (RückVerbG) oder den 01.03.2024 (FEG 2023). Erlaubt sind "
        "Tage im Jahr 2024."),
        "§ 60d AufenthG; FEG 2023; Art. 10 RückVerbG", "3.6, 6 Nr. 2 [?]"),
    Setting("p104c_pending_applications_grantable", gettext_lazy(
        "Ob Anträge nach § 104c, die bis zum 30.12.2025 gestellt und noch nicht beschieden sind, "
        "noch nach § 104c a.F. erteilt werden dürfen. Eine ausdrückliche Übergangsregel fehlt; "
        "„nein“ ist die vorsichtige Lesart."),
        "§ 104c AufenthG a.F./n.F.; Chancen-Gesetz Art. 5", "3.4 [?]"),
    Setting("gap_tolerance_months", gettext_lazy(
        "Wie lange eine Lücke im ununterbrochenen Aufenthalt (geduldet, gestattet oder mit "
        "Aufenthaltserlaubnis) dauern darf, ohne dass die Frist neu beginnt. Die Lücke selbst "
        "wird nicht angerechnet. Erlaubt sind 0 bis 12 Monate."),
        "§§ 25a, 25b, 104c AufenthG; BMI-Anwendungshinweise zu § 25b", "2.6, 6 Nr. 8"),
    Setting("employment_gap_tolerance_months", gettext_lazy(
        "Wie lange eine Beschäftigung unterbrochen sein darf, ohne dass „seit … Monaten "
        "beschäftigt“ neu beginnt. Das Gesetz sieht keine Unterbrechung vor (0). Erlaubt sind "
        "0 bis 12 Monate."),
        "§ 60d Abs. 1 Nr. 3, § 19d Abs. 1 Nr. 1 AufenthG", "3.6, 3.8"),
    Setting("mixed_fines_rule", gettext_lazy(
        "Wie Geldstrafen gezählt werden, wenn allgemeine und ausländerspezifische Taten "
        "(AufenthG, AsylG) zusammentreffen."),
        "§ 104c Abs. 1 Nr. 2, § 19d Abs. 1 Nr. 7, § 25a Abs. 3 AufenthG", "2.5"),
    Setting("livelihood_mostly_share", gettext_lazy(
        "Der Lebensunterhalt ist „überwiegend“ durch Erwerbstätigkeit gesichert, wenn der Anteil "
        "eigener Einkünfte am Bedarf größer ist als dieser Wert (0,5 = mehr als die Hälfte, "
        "Verwaltungspraxis). Erlaubt sind Werte größer als 0 und kleiner als 1, höchstens zwei "
        "Nachkommastellen."),
        "§ 25b Abs. 1 Satz 2 Nr. 3 AufenthG; BMI-Anwendungshinweise", "3.3, 6 Nr. 8"),
    Setting("geas_applicable_from", gettext_lazy(
        "Ab diesem Tag weist die Prüfung bei Ablehnungen als offensichtlich unbegründet darauf "
        "hin, dass der Wortlaut des § 10 Abs. 3 Satz 2 nach der GEAS-Reform ungeprüft ist. Das "
        "Ergebnis ändert sich dadurch nicht. Erlaubt sind Tage vom 11.06.2024 bis 31.12.2030."),
        "§ 10 Abs. 3 Satz 2 AufenthG; GEAS-Anpassungsgesetz", "1, 2.7, 6 Nr. 1 [?]"),
    Setting("fdgo_minors_exempt_in_25b", gettext_lazy(
        "Das BVerwG verlangt das Bekenntnis zur freiheitlichen demokratischen Grundordnung für "
        "§ 104c nicht von Minderjährigen unter 16 Jahren (Urteil vom 27.02.2025). Ob das auch "
        "für das Bekenntnis nach § 25b Abs. 1 Satz 2 Nr. 2 gilt – auch für Kinder nach Abs. 4 –, "
        "ist nicht entschieden; die Begründung (Handlungsfähigkeit ab 16 wie bei der "
        "Einbürgerung) passt auch dort. „ja“ wendet das Urteil entsprechend an."),
        "BVerwG, Urt. v. 27.02.2025 – 1 C 13.23; § 25b Abs. 1 Satz 2 Nr. 2, Abs. 4 AufenthG; "
        "§ 10 Abs. 1 Satz 2, § 37 Abs. 1 StAG", "2.4 [?]"),
)
assert tuple(s.name for s in SETTINGS) == NAMES, "every Policy field needs its explanation"


def policy_for(authority: Any) -> Policy:
    """The settings an authority (instance or id) evaluates with; defaults without a row."""
    authority_id = getattr(authority, "pk", authority)
    return to_policy(PolicySettings.unscoped.filter(authority_id=authority_id).first())


def to_policy(row: PolicySettings | None) -> Policy:
    if row is None:
        return DEFAULT_POLICY
    values = {name: getattr(row, name) for name in NAMES}
    values["livelihood_mostly_share"] = float(values["livelihood_mostly_share"])
    return Policy(**values)


def snapshot(policy: Policy) -> dict[str, Any]:
    """The settings as JSON (dates ISO), stored with every run."""
    return {name: value.isoformat() if isinstance(value, date) else value
            for name, value in policy.as_dict().items()}


def from_snapshot(data: dict[str, Any]) -> Policy:
    """The Policy of a snapshot; keys it lacks take the defaults."""
    values: dict[str, Any] = {}
    for name in NAMES:
        if name in data:
            default = getattr(DEFAULT_POLICY, name)
            values[name] = (date.fromisoformat(data[name]) if isinstance(default, date)
                            else data[name])
    return Policy(**values)


def label(name: str) -> str:
    return str(getattr(PolicySettings._meta.get_field(name), "verbose_name", name))


def shown(name: str, value: Any) -> str:
    """A setting's value as the pages write it."""
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if name == "mixed_fines_rule":
        return str(dict(MixedFinesRule.choices).get(value, value))
    if name == "livelihood_mostly_share":
        return number_format(Decimal(str(value)), decimal_pos=2)
    if name.endswith("_months"):
        return ngettext("%(n)s Monat", "%(n)s Monate", value) % {"n": value}
    return str(value)


def rows(policy: Policy) -> list[dict[str, Any]]:
    """One row per setting: label, explanation, sources, default and the value in force."""
    return [{"name": s.name, "label": label(s.name), "explanation": s.explanation,
             "reference": s.reference, "spec": s.spec,
             "default": shown(s.name, getattr(DEFAULT_POLICY, s.name)),
             "value": shown(s.name, getattr(policy, s.name)),
             "changed": getattr(policy, s.name) != getattr(DEFAULT_POLICY, s.name)}
            for s in SETTINGS]


def problems(values: dict[str, Any]) -> dict[str, str]:
    """German message per setting whose value is out of bounds (the form and the CLI)."""
    found: dict[str, str] = {}
    for name in ("gap_tolerance_months", "employment_gap_tolerance_months"):
        value = values.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MONTHS_MAX:
            found[name] = months_message()
    share = _decimal(values.get("livelihood_mostly_share"))
    if share is None or not 0 < share < 1 or share != round(share, 2):
        found["livelihood_mostly_share"] = share_message()
    if values.get("mixed_fines_rule") not in MixedFinesRule.values:
        found["mixed_fines_rule"] = _("Bitte „streng“ oder „zusammengerechnet“ wählen.")
    for name in ("p104c_pending_applications_grantable", "fdgo_minors_exempt_in_25b"):
        if not isinstance(values.get(name), bool):
            found[name] = _("Bitte ja oder nein angeben.")
    for name, first, last in (("p60d_new_version_from", P60D_FROM, P60D_TO),
                              ("geas_applicable_from", GEAS_FROM, GEAS_TO)):
        day = values.get(name)
        if not isinstance(day, date) or not first <= day <= last:
            found[name] = _("Bitte einen Tag vom %(first)s bis %(last)s angeben.") % {
                "first": first.strftime("%d.%m.%Y"), "last": last.strftime("%d.%m.%Y")}
    return found


def months_message() -> str:
    return _("Bitte eine ganze Zahl von 0 bis %(max)s Monaten angeben.") % {"max": MONTHS_MAX}


def share_message() -> str:
    return _("Bitte einen Anteil größer als 0 und kleiner als 1 mit höchstens zwei "
             "Nachkommastellen angeben, z. B. 0,5 für „mehr als die Hälfte“.")


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def save_policy(user, values: dict[str, Any], expected_version: int | None,
                request=None) -> list[str]:
    """Validate and store the settings of the user's authority; refuse a stale version.

    Returns the names of the changed settings (none: nothing is written).  Raises
    ValidationError (message per field) or PolicyConflict; both change nothing.
    """
    found = problems(values)
    if found:
        raise ValidationError(found)
    authority_id = user.authority_id
    with transaction.atomic():
        row = PolicySettings.unscoped.filter(authority_id=authority_id).first()
        if (row.version if row else 0) != (expected_version or 0):
            raise PolicyConflict(PolicyConflict.message)
        before = to_policy(row)
        row = row or PolicySettings(authority_id=authority_id, version=0)
        for name in NAMES:
            setattr(row, name, values[name])
        changed = [n for n in NAMES if getattr(to_policy(row), n) != getattr(before, n)]
        if changed:
            versioning.save_settings_row(row, user, PolicyConflict)
            record(user, AuditAction.CHANGE if row.version > 1 else AuditAction.CREATE,
                   target=gettext_lazy("Einstellungen der Prüfung"), request=request,
                   detail={"record": "policysettings", "id": row.pk, "version": row.version,
                           "changes": _changes(before, to_policy(row), changed)})
    return changed


def _changes(before: Policy, after: Policy, names: list[str]) -> dict[str, list[Any]]:
    old, new = snapshot(before), snapshot(after)
    return {name: [old[name], new[name]] for name in names}

