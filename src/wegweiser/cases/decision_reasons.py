"""The main reasons of a decision, as codes per norm (the registry the forms, the import and
the decision-practice analysis share).

A code means the same under every norm ("livelihood" is always "Lebensunterhalt nicht
gesichert"); which codes fit a decision depends on the norm it rests on (`Decision.pathway_id`,
a `law.statute.pathways` id). General codes fit every decision, also one without a pathway
(Duldung, Beschäftigungserlaubnis). Codes are stored, so they are never renamed; a code no
longer used stays here with its label so that old decisions keep their meaning.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ReasonCode:
    code: str
    label: Promise


REASONS: dict[str, ReasonCode] = {r.code: r for r in (
    # Requirements of the norms (§§ 25a, 25b, 104c, 25 Abs. 5, 60c, 60d, 16g, 19d).
    ReasonCode("time_not_reached", _("erforderliche Aufenthalts- oder Duldungszeit nicht erreicht")),
    ReasonCode("status", _("nicht geduldet bzw. falscher Aufenthaltsstatus")),
    ReasonCode("age", _("Altersgrenze nicht eingehalten")),
    ReasonCode("livelihood", _("Lebensunterhalt nicht (überwiegend) gesichert")),
    ReasonCode("language", _("Sprachkenntnisse nicht nachgewiesen")),
    ReasonCode("school", _("Schulbesuch oder Schulabschluss nicht nachgewiesen")),
    ReasonCode("children_school", _("tatsächlicher Schulbesuch der Kinder nicht nachgewiesen")),
    ReasonCode("fdgo", _("Bekenntnis zur freiheitlichen demokratischen Grundordnung fehlt")),
    ReasonCode("no_integration", _("keine ausreichenden Integrationsleistungen")),
    ReasonCode("prognosis", _("keine positive Integrationsprognose")),
    ReasonCode("family_link", _("keine familiäre Verbindung zur stammberechtigten Person")),
    ReasonCode("obstruction", _("Aufenthaltsbeendigung vorsätzlich verhindert oder verzögert")),
    ReasonCode("deception", _("Täuschung über Identität oder Staatsangehörigkeit")),
    ReasonCode("departure_possible", _("Ausreise möglich oder Hindernis nicht von Dauer")),
    ReasonCode("own_fault", _("Ausreisehindernis selbst zu vertreten")),
    ReasonCode("employment", _("Beschäftigung nicht in erforderlichem Umfang")),
    ReasonCode("training", _("keine geeignete Ausbildung oder Ausbildungsvertrag")),
    ReasonCode("qualification", _("keine anerkannte Qualifikation")),
    ReasonCode("housing", _("ausreichender Wohnraum nicht nachgewiesen")),
    ReasonCode("removal_measures", _("konkrete Maßnahmen zur Aufenthaltsbeendigung eingeleitet")),
    ReasonCode("integration_course", _("Integrationskurs nicht besucht")),
    ReasonCode("hardship_exclusion", _("Ausschlussgrund der Härtefallkommissionsverordnung")),
    ReasonCode("no_hardship", _("keine dringenden humanitären oder persönlichen Gründe")),
    # General codes: fit every decision.
    ReasonCode("identity", _("Identität nicht geklärt")),
    ReasonCode("passport", _("Pass fehlt oder Mitwirkung bei der Passbeschaffung unzureichend")),
    ReasonCode("offences", _("Straftaten")),
    ReasonCode("expulsion_interest", _("Ausweisungsinteresse")),
    ReasonCode("exclusion", _("Ausschlussgrund (§ 5 Abs. 4, § 10 Abs. 3, § 11 AufenthG)")),
    ReasonCode("employment_ban", _("Beschäftigungsverbot (§ 60a Abs. 6 AufenthG)")),
    ReasonCode("evidence_missing", _("Nachweise trotz Aufforderung nicht vorgelegt")),
    ReasonCode("other", _("sonstiger Grund (siehe Begründung)")),
)}

GENERAL = ("identity", "passport", "offences", "expulsion_interest", "exclusion",
           "evidence_missing", "other")
# Codes a decision without a pathway may also name (Duldung, Beschäftigungserlaubnis).
WITHOUT_PATHWAY = ("employment_ban", "departure_possible", "own_fault")

# Per law.statute.pathways id, in the order of the norm's requirements.
BY_PATHWAY: dict[str, tuple[str, ...]] = {
    "p25b": ("time_not_reached", "status", "fdgo", "livelihood", "language", "children_school",
             "no_integration", "obstruction"),
    "p25b_4": ("family_link", "fdgo", "livelihood", "language", "children_school",
               "no_integration", "obstruction"),
    "p25b_6": ("time_not_reached", "employment", "livelihood", "language", "no_integration",
               "obstruction"),
    "p25a": ("status", "age", "time_not_reached", "school", "prognosis", "fdgo", "livelihood",
             "no_integration", "deception"),
    "p25a_2": ("family_link", "obstruction", "livelihood"),
    "p104c": ("status", "time_not_reached", "fdgo", "deception"),
    "p25_5": ("status", "departure_possible", "time_not_reached", "own_fault", "livelihood",
              "no_integration"),
    "p60d": ("time_not_reached", "status", "employment", "livelihood", "language",
             "integration_course", "removal_measures"),
    "p60c": ("training", "status", "time_not_reached", "removal_measures", "employment_ban"),
    "p16g": ("training", "status", "time_not_reached", "removal_measures", "livelihood",
             "employment_ban"),
    "p19d": ("status", "qualification", "housing", "language", "livelihood", "deception",
             "obstruction"),
    "p19d_1a": ("training", "housing", "language", "livelihood"),
    "p23a": ("status", "hardship_exclusion", "no_hardship", "no_integration"),
}


def codes_for(pathway_id: str | None) -> tuple[str, ...]:
    """The codes that fit a decision on this norm: its own first, then the general ones."""
    own = BY_PATHWAY.get(pathway_id or "", WITHOUT_PATHWAY if not pathway_id else ())
    return (*own, *(code for code in GENERAL if code not in own))


def reasons_for(pathway_id: str | None) -> list[ReasonCode]:
    return [REASONS[code] for code in codes_for(pathway_id)]


def unfitting(pathway_id: str | None, codes: Iterable[str]) -> list[str]:
    """The codes that do not belong to the norm (unknown codes included), in the given order."""
    allowed = set(codes_for(pathway_id))
    return [code for code in codes if code not in allowed]


def reason_label(code: str) -> str:
    """The label in the active language; an unknown stored code is shown as it is."""
    reason = REASONS.get(code)
    return str(reason.label) if reason else code


def choices_for(pathway_id: str | None) -> list[tuple[str, Promise]]:
    return [(r.code, r.label) for r in reasons_for(pathway_id)]
