"""Every fact the law reads from a case file, declared once: name, type, where it is recorded,
what "unknown" and "none" mean, its German label and its norm.

Derived from this list (nowhere else written down): the features that pass a fact through
unchanged (features.py), the assessment columns the screening reads (screening/frames.py), the
fields and labels of the legal assessment in the case file (cases/models/assessment.py, held
against this list by a test), its part of the exchange format and JSON Schema
(interop/spec.py, docs/formats/case-file.schema.json, checked by a test), and the way back
from a feature to the fact behind it for "Was fehlt" (`fact_of_feature`).

Unknown is always ``None``.  "None" (no jobs, no spouse, no children) is said explicitly: by a
record list the assessment declares complete (`COMPLETE_LISTS`), by ``has_spouse = False``,
never by a missing row.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wegweiser.law.statute.texts import gettext_noop


class Type(StrEnum):
    YES_NO = "yes_no"  # True / False / None (unknown)
    DATE = "date"  # a day, or None (unknown)
    TEXT = "text"
    RECORDS = "records"  # a list of dated records; no rows = unknown unless declared complete


class Where(StrEnum):
    PERSON = "person"  # the person's master data
    ASSESSMENT = "assessment"  # the office's legal assessment (judgements, not documents)
    LIVELIHOOD = "livelihood"  # derived from the livelihood assessments
    RECORDS = "records"  # a collection of its own (status periods, jobs, convictions ...)


@dataclass(frozen=True)
class Fact:
    name: str  # field of law.engine.facts.CaseFacts (or a helper of the case file)
    type: Type
    where: Where
    label: str  # German, marked for translation
    help: str = ""
    norm: str = ""
    criminal: bool = False  # reveals the criminal record ("case.view_criminal")
    # Helpers are not law facts: they say whether a list is complete or was applied for.
    helper: bool = False
    # Features computed from this fact, by name or name prefix ("Was fehlt" reads back).
    features: tuple[str, ...] = ()


Y, D, T, R = Type.YES_NO, Type.DATE, Type.TEXT, Type.RECORDS
P, A, L, C = Where.PERSON, Where.ASSESSMENT, Where.LIVELIHOOD, Where.RECORDS


def _a(name: str, label: str, norm: str = "", help: str = "", **kwargs) -> Fact:
    return Fact(name, kwargs.pop("type", Y), A, label, help, norm, **kwargs)


FACTS: tuple[Fact, ...] = (
    # The person
    Fact("birth_date", D, P, gettext_noop("Geburtsdatum"), features=("birth_",)),
    Fact("entry_date", D, P, gettext_noop("Einreisedatum")),
    Fact("nationality", T, P, gettext_noop("Staatsangehörigkeit"),
         norm="§ 60a Abs. 6 Satz 1 Nr. 3 AufenthG"),
    Fact("identity_clarified", Y, P, gettext_noop("Identität geklärt"),
         norm="§ 5 Abs. 1 Nr. 1a AufenthG"),
    Fact("identity_clarified_since", D, P, gettext_noop("Identität geklärt seit")),
    Fact("passport_held", Y, P, gettext_noop("Pass vorhanden"), norm="§ 5 Abs. 1 Nr. 4 AufenthG"),
    Fact("entry_ban_in_force", Y, P, gettext_noop("Einreise- und Aufenthaltsverbot (§ 11) besteht"),
         norm="§ 11 AufenthG"),
    Fact("fdgo_declaration", Y, P,
         gettext_noop("Bekenntnis zur freiheitlichen demokratischen Grundordnung")),
    Fact("deception_finding", Y, P,
         gettext_noop("Täuschung über Identität/Staatsangehörigkeit festgestellt")),
    Fact("obstruction_finding", Y, P, gettext_noop("Verhinderung der Abschiebung festgestellt")),
    # Livelihood (from the dated livelihood assessments)
    Fact("livelihood_secured", Y, L, gettext_noop("Lebensunterhalt gesichert"),
         norm="§ 2 Abs. 3 AufenthG", features=("livelihood_",)),
    Fact("receives_benefits", Y, L, gettext_noop("Bezug öffentlicher Leistungen")),
    # The office's legal assessment, in the order the case file shows it
    _a("asylum_applied", gettext_noop("Asylantrag gestellt"), helper=True, help=gettext_noop(
        "Nur nötig, wenn kein Asylverfahren erfasst ist: „nein“ = nie gestellt.")),
    _a("children_complete", gettext_noop("Kinder im Haushalt vollständig verknüpft"),
       helper=True, help=gettext_noop(
           "„ja“: fehlende Verknüpfungen bedeuten wirklich „keine minderjährigen Kinder“.")),
    _a("has_spouse", gettext_noop("verheiratet oder in eingetragener Lebenspartnerschaft"),
       "§ 60d Abs. 1 Nr. 7 AufenthG", gettext_noop(
           "„nein“: es gibt keinen Ehegatten. Ein verknüpfter Ehegatte zählt immer als „ja“.")),
    _a("family_of_25a_holder", gettext_noop("Familienangehörige/r einer Person mit AE nach § 25a"),
       "§ 25a Abs. 2 AufenthG"),
    _a("family_of_25b_holder", gettext_noop("Ehegatte oder Kind einer Person mit AE nach § 25b"),
       "§ 25b Abs. 4 AufenthG"),
    _a("school_attendance_proof", gettext_noop("Schulbesuch der schulpflichtigen Kinder nachgewiesen"),
       "§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG"),
    _a("children_requirements_met",
       gettext_noop("Anforderungen an die Kinder erfüllt (§ 60d Abs. 1 Nr. 10)"),
       "§ 60d Abs. 1 Nr. 10 AufenthG"),
    _a("in_education", gettext_noop("derzeit in Schule, Ausbildung oder Studium"),
       "§ 25a Abs. 1 Satz 2 AufenthG"),
    _a("training_complete", gettext_noop("Berufsausbildungen vollständig erfasst"), helper=True,
       help=gettext_noop("„ja“: ist keine Ausbildung erfasst, gibt es wirklich keine – auch keine "
                         "zugesagte (§ 60c, § 16g) und keine abgeschlossene (§ 19d Abs. 1 Nr. 1 a).")),
    _a("employment_complete", gettext_noop("Beschäftigungen vollständig erfasst"), helper=True,
       help=gettext_noop("„ja“: ist keine Beschäftigung erfasst, gibt es wirklich keine.")),
    _a("school_complete", gettext_noop("Schulbesuche vollständig erfasst"), helper=True,
       help=gettext_noop("„ja“: ist kein Schulbesuch in Deutschland erfasst, gibt es wirklich "
                         "keinen.")),
    _a("integration_prognosis_positive",
       gettext_noop("positive Integrationsprognose (§ 25a Abs. 1 Nr. 4)"),
       "§ 25a Abs. 1 Satz 1 Nr. 4 AufenthG"),
    _a("integration_course_fulfilled",
       gettext_noop("Integrationskurs abgeschlossen oder nicht erforderlich (§ 60d Abs. 1 Nr. 11)"),
       "§ 60d Abs. 1 Nr. 11 AufenthG"),
    _a("housing_sufficient", gettext_noop("ausreichender Wohnraum"), "§ 19d Abs. 1 Nr. 2 AufenthG"),
    _a("illness_or_disability", gettext_noop("Krankheit, Behinderung oder Alter als Ausnahmegrund"),
       "§ 25a Abs. 1 Satz 1 Nr. 2, § 25b Abs. 3 AufenthG"),
    _a("foreign_degree_recognised", gettext_noop("ausländischer Hochschulabschluss anerkannt"),
       "§ 19d Abs. 1 Nr. 1 b AufenthG"),
    _a("degree_in_germany", gettext_noop("Hochschulabschluss in Deutschland erworben"),
       "§ 19d Abs. 1 Nr. 1 a AufenthG"),
    _a("identity_steps_taken",
       gettext_noop("alle zumutbaren Schritte zur Identitätsklärung unternommen"),
       "§ 60c Abs. 7, § 60d Abs. 4, § 25b Abs. 8 AufenthG"),
    _a("cooperation_fulfilled", gettext_noop("Mitwirkungspflichten erfüllt")),
    _a("deception_causal_now", gettext_noop("Aussetzung der Abschiebung beruht derzeit auf Täuschung"),
       "§ 25a Abs. 1 Satz 3 AufenthG"),
    _a("departure_impossible",
       gettext_noop("Ausreise rechtlich oder tatsächlich unmöglich (§ 25 Abs. 5)"),
       "§ 25 Abs. 5 Satz 1 AufenthG"),
    _a("obstacle_lasting", gettext_noop("Ausreisehindernis entfällt auf absehbare Zeit nicht"),
       "§ 25 Abs. 5 Satz 1 AufenthG"),
    _a("departure_obstacle_self_caused",
       gettext_noop("Ausreisehindernis selbst verschuldet (§ 25 Abs. 5 Satz 3 und 4)"),
       "§ 25 Abs. 5 Satz 3-4 AufenthG"),
    _a("national_deportation_ban",
       gettext_noop("nationales Abschiebungsverbot (§ 60 Abs. 5/7) festgestellt"),
       "§ 25 Abs. 3, § 10 Abs. 3 Satz 3 AufenthG"),
    _a("removal_measures_imminent",
       gettext_noop("konkrete Maßnahmen zur Aufenthaltsbeendigung bevorstehend"),
       "§ 60c Abs. 2 Nr. 5 AufenthG"),
    _a("return_date_fixed", gettext_noop("Rückführungstermin steht bereits fest"),
       "§ 23a Abs. 1 Satz 3 AufenthG"),
    _a("employment_ban_60a6", gettext_noop("Beschäftigungsverbot nach § 60a Abs. 6"),
       "§ 60a Abs. 6 AufenthG", features=("ban_60a6_nr3",)),
    _a("expulsion_order", gettext_noop("Ausweisungsverfügung besteht"), "§ 60c Abs. 2 Nr. 4 AufenthG"),
    _a("deportation_order_58a", gettext_noop("Abschiebungsanordnung nach § 58a"),
       "§ 5 Abs. 4 AufenthG"),
    _a("security_threat", gettext_noop("Gefahr für die Sicherheit (§ 54 Abs. 1 Nr. 2 oder 4)"),
       "§ 5 Abs. 4 AufenthG"),
    _a("extremism_indications", gettext_noop("Anhaltspunkte für extremistische Bezüge"),
       "§ 19d Abs. 1 Nr. 6 AufenthG"),
    _a("expulsion_interest", gettext_noop("Ausweisungsinteresse (§ 5 Abs. 1 Nr. 2, § 54)"),
       "§ 5 Abs. 1 Nr. 2 AufenthG", criminal=True),
    _a("expulsion_interest_serious",
       gettext_noop("schwerwiegendes Ausweisungsinteresse (§ 54 Abs. 1 oder Abs. 2 Nr. 1–2)"),
       "§ 25b Abs. 2 Nr. 2 AufenthG", criminal=True),
    _a("spouse_criminal_record_clean",
       gettext_noop("Ehegatte ohne relevante Verurteilung (§ 60d Abs. 1 Nr. 7)"),
       "§ 60d Abs. 1 Nr. 7 AufenthG", criminal=True, features=("spouse_crim_",)),
    _a("resides_in_nrw", gettext_noop("Wohnsitz in Nordrhein-Westfalen"), "§ 5 Abs. 1 HFKVO NRW"),
    _a("title_obtainable_elsewhere",
       gettext_noop("Aufenthaltstitel auf anderem Weg erreichbar (HFKVO § 5 Abs. 2)"),
       "§ 5 Abs. 2 HFKVO NRW"),
    _a("p104c_application_date", gettext_noop("Antrag nach § 104c gestellt am"),
       "§ 104c AufenthG a.F.", type=D),
    # Lists of records (no rows: unknown, unless the assessment declares the list complete)
    Fact("status_periods", R, C, gettext_noop("Aufenthaltsstatus (Statuszeiträume)"),
         features=("res_", "res60b_", "dul_", "dul60d_", "stichtag_", "current_kind", "geduldet",
                   "gestattet", "p104c_holder", "p104c_expiry")),
    Fact("employments", R, C, gettext_noop("Beschäftigungen"), features=("emp_", "qemp_")),
    Fact("language", R, C, gettext_noop("Sprachnachweise"), features=("lang_",)),
    Fact("school", R, C, gettext_noop("Schulbesuch"),
         features=("school_days", "school_qualification")),
    Fact("training", R, C, gettext_noop("Berufsausbildung"), features=("training_",)),
    Fact("children", R, C, gettext_noop("Kinder im Haushalt (Familienverknüpfungen)"),
         features=("has_minor_child", "youngest_child_adult_on")),
    Fact("convictions", R, C, gettext_noop("Verurteilungen (Strafregister auswerten)"),
         criminal=True, features=("crim_",)),
    Fact("asylum", R, C, gettext_noop("Asylverfahren"), features=("asylum_",)),
    Fact("livelihood", R, C, gettext_noop("Lebensunterhalt"),
         features=("livelihood_", "receives_benefits")),
)
BY_NAME = {f.name: f for f in FACTS}
RECORDABLE = (Where.PERSON, Where.ASSESSMENT, Where.RECORDS)
ASSESSMENT: tuple[Fact, ...] = tuple(f for f in FACTS if f.where is Where.ASSESSMENT)
# Record lists the assessment may declare complete (then no rows = "none", not unknown).
COMPLETE_LISTS = {"training_known": "training_complete", "employments_known": "employment_complete",
                  "school_known": "school_complete"}
# Yes/no facts the features take over unchanged (everything else is computed).
PASS_THROUGH: tuple[str, ...] = tuple(
    f.name for f in FACTS if f.type is Type.YES_NO and not f.helper)


def fact_of_feature(feature: str) -> str:
    """The fact of the case file a feature comes from (for "Was fehlt"): the fact of the same
    name, else the fact that declares the feature (or a prefix of it)."""
    fact = BY_NAME.get(feature)
    if fact is not None and fact.where in RECORDABLE:
        return feature
    for fact in FACTS:
        if fact.where in RECORDABLE and fact.features and feature.startswith(fact.features):
            return fact.name
    return feature
