"""§ 25a AufenthG - Aufenthaltsgewährung bei gut integrierten Jugendlichen und jungen
Volljährigen (soll), with the family members of Abs. 2-3.

Since 31.12.2022: 3 years residence and school, application before the 27th birthday, at
least 12 months Duldung (or § 104c holder; § 60b time then counts, Abs. 5).
"""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import NO_DATE, UNKNOWN, And, Earliest, F, Lit, Not, Or, Par, When
from wegweiser.law.statute import blockers as b
from wegweiser.law.statute import general as g
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.helpers import (
    age_at_least,
    birthday,
    duration_met,
    duration_met_on,
    fines_rule,
    younger_than,
)
from wegweiser.law.statute.pathways.base import Entitlement, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

T, S, M = Confidence.T, Confidence.S, Confidence.M
PRIVILEGED = g.PRIVILEGED_104C  # Abs. 5-6

STATUS = Criterion(
    "p25a.status", "§ 25a Abs. 1 Satz 1 AufenthG",
    gettext_noop("Seit mindestens 12 Monaten im Besitz einer Duldung (ohne § 60b-Zeiten) oder Inhaber "
                 "einer Aufenthaltserlaubnis nach § 104c"), Kind.HARD, T,
    Or(PRIVILEGED, And(F("geduldet"), duration_met("dul", "p25a.duldung_months"))),
    met_on=duration_met_on("dul", "p25a.duldung_months"),
    lost_on=When(And(PRIVILEGED, Not(F("geduldet"))),
                 Earliest(F("p104c_expiry"), Lit(date(2027, 7, 1))), NO_DATE),
    threshold="p25a.duldung_months",
)
AGE = Criterion(
    "p25a.age_min", "§ 25a Abs. 1 Satz 1 AufenthG, § 1 Abs. 2 JGG",
    gettext_noop("Jugendlicher (ab 14 Jahren) oder junger Volljähriger"), Kind.HARD, S,
    age_at_least("p25a.min_age"), met_on=birthday("p25a.min_age", "latest"),
    met_on_best=birthday("p25a.min_age", "earliest"),
    threshold="p25a.min_age",
)
RESIDENCE = Criterion(
    "p25a.residence_duration", "§ 25a Abs. 1 Satz 1 Nr. 1 AufenthG",
    gettext_noop("Seit 3 Jahren ununterbrochen erlaubt, geduldet oder gestattet (§ 60b-Zeiten nur für "
                 "§ 104c-Inhaber, Abs. 5)"), Kind.HARD, T,
    When(PRIVILEGED, duration_met("res60b", "p25a.years", 12),
         duration_met("res", "p25a.years", 12)),
    met_on=When(PRIVILEGED, duration_met_on("res60b", "p25a.years", 12),
                duration_met_on("res", "p25a.years", 12)),
    threshold="p25a.years",
)
SCHOOL = Criterion(
    "p25a.school", "§ 25a Abs. 1 Satz 1 Nr. 2 AufenthG",
    gettext_noop("In der Regel 3 Jahre erfolgreicher Schulbesuch oder anerkannter Abschluss im Inland "
                 "(entfällt bei Krankheit/Behinderung)"), Kind.REGULAR, T,
    Or(F("school_days_certain") >= Par("p25a.school_days"), F("school_qualification"),
       F("illness_or_disability"),
       # possible days below the threshold: definitively not met
       And(F("school_days_possible") >= Par("p25a.school_days"), UNKNOWN)),
    threshold="p25a.school_days",
)
AGE_LIMIT = Criterion(
    "p25a.age_limit", "§ 25a Abs. 1 Satz 1 Nr. 3 AufenthG",
    gettext_noop("Antrag vor Vollendung des 27. Lebensjahres"), Kind.HARD, T,
    younger_than("p25a.max_age"), lost_on=birthday("p25a.max_age", "earliest"),
    threshold="p25a.max_age",
)
PROGNOSIS = Criterion(
    "p25a.prognosis", "§ 25a Abs. 1 Satz 1 Nr. 4 AufenthG",
    gettext_noop("Positive Integrationsprognose"), Kind.HARD, T, F("integration_prognosis_positive"),
)
FDGO = Criterion(
    "p25a.fdgo", "§ 25a Abs. 1 Satz 1 Nr. 5 AufenthG",
    gettext_noop("Keine konkreten Anhaltspunkte gegen das Bekenntnis zur fdGO"), Kind.HARD, T,
    Not(F("extremism_indications")),
)
LIVELIHOOD = Criterion(
    "p25a.livelihood", "§ 25a Abs. 1 Satz 2, § 5 Abs. 1 Nr. 1 AufenthG",
    gettext_noop("Lebensunterhalt gesichert; Sozialleistungen unschädlich während Schule, Ausbildung, "
                 "Studium"), Kind.REGULAR, T, Or(F("livelihood_secured"), F("in_education")),
).waivable_by(g.SECTION_5_WAIVER)
# § 25a has no "abweichend von § 5": § 5 Abs. 1 Nr. 1a, 2, 4 are Regelvoraussetzungen the office
# may waive by discretion (§ 5 Abs. 3 Satz 2).
SECTION_5 = g.waived_in_abschnitt_5(g.IDENTITY, g.NO_EXPULSION_INTEREST, g.PASSPORT)
# Abs. 6: a § 104c holder "soll nur" get the title with clarified identity; with every
# reasonable step taken the office "kann" grant it anyway (Satz 2); otherwise not at all.
P104C_IDENTITY, P104C_IDENTITY_STEPS = g.holder_identity("p25a.abs6", "§ 25a Abs. 6")
VERSIONS = (
    RuleVersion(date(2015, 8, 1), gettext_noop("§ 25a i.d.F. ab 01.08.2015 (4 Jahre, Antrag vor 21)")),
    RuleVersion(date(2022, 12, 31), gettext_noop("§ 25a i.d.F. ab 31.12.2022 (3 Jahre, vor 27, 12 Monate "
                                                 "Duldung)")),
    RuleVersion(date(2027, 7, 1), gettext_noop("§ 25a i.d.F. ab 01.07.2027 (ohne § 104c-Bezug)")),
)
PATHWAY = Pathway(
    "p25a", "§ 25a Abs. 1 AufenthG", gettext_noop("Gut integrierte Jugendliche und junge Volljährige"),
    Entitlement.SHOULD,
    (STATUS, AGE, RESIDENCE, SCHOOL, AGE_LIMIT, PROGNOSIS, FDGO, LIVELIHOOD,
     b.DECEPTION_PRESENT,  # Abs. 1 Satz 3
     *SECTION_5, P104C_IDENTITY, P104C_IDENTITY_STEPS, b.P5_4_SECURITY,
     b.P10_3_S2.waivable_by("§ 25a Abs. 4 AufenthG"),
     b.P11_ENTRY_BAN),
    VERSIONS,
)

# Abs. 2-4, family members.  The family link decides whom the norm is about (SCOPE): without
# it the pathway is simply not met, whatever else the file says.  Satz 1 Nr. 1 and 2 are
# requirements ("kann ..., wenn"), for parents (Satz 1) and spouses (Satz 3 "unter den
# Voraussetzungen nach Satz 1"), not for the minor children of Satz 2 and 5; Abs. 3 excludes
# every title under Abs. 2.  One fact records the link, so parents, siblings, spouses and
# children are one pathway: minors are read as children (Satz 2, 5), adults as parents or
# spouses (Satz 1, 3).  See docs/law/README.md.
MINOR = younger_than("minor_age")
FAMILY_LINK = Criterion(
    "p25a.family_link", "§ 25a Abs. 2 Satz 1, 2, 3 und 5 AufenthG",
    gettext_noop("Elternteil eines minderjährigen Inhabers einer Aufenthaltserlaubnis nach Abs. 1 oder "
                 "dessen minderjähriges Kind; Ehegatte, Lebenspartner oder minderjähriges lediges Kind "
                 "eines Begünstigten nach Abs. 1 (in familiärer Lebensgemeinschaft)"), Kind.SCOPE,
    T, F("family_of_25a_holder"),
    text_not_met=gettext_noop("Nicht erfüllt: kein Elternteil, Geschwister, Ehegatte oder Kind einer "
                              "Person mit Aufenthaltserlaubnis nach § 25a Abs. 1 – Abs. 2 kommt "
                              "nicht in Betracht"),
)
FAMILY_NO_OBSTRUCTION = Criterion(
    "p25a.family_no_obstruction", "§ 25a Abs. 2 Satz 1 Nr. 1, Satz 3 AufenthG",
    gettext_noop("Abschiebung nicht durch falsche Angaben, Täuschung über Identität oder "
                 "Staatsangehörigkeit oder fehlende Mitwirkung verhindert oder verzögert (Eltern und "
                 "Ehegatten; nicht für minderjährige Kinder, Satz 2 und 5)"),
    Kind.HARD, T, Or(MINOR, Not(F("obstruction_finding"))),
)
FAMILY_LIVELIHOOD = Criterion(
    "p25a.family_livelihood", "§ 25a Abs. 2 Satz 1 Nr. 2, Satz 3 AufenthG",
    gettext_noop("Lebensunterhalt eigenständig durch Erwerbstätigkeit gesichert (Eltern und Ehegatten; "
                 "nicht für minderjährige Kinder, Satz 2 und 5)"), Kind.HARD, T,
    Or(MINOR, F("livelihood_secured")),
)
FAMILY_CRIME = Criterion(
    "p25a.family_crime", "§ 25a Abs. 3 AufenthG",
    gettext_noop("Keine Verurteilung über 50 Tagessätze (90 bei ausländerspezifischen Delikten)"),
    Kind.EXCLUSION, T, fines_rule(juvenile_counts=True), met_on=F("crim_clear_on"),
)
FAMILY = Pathway(
    "p25a_2", "§ 25a Abs. 2 AufenthG", gettext_noop("Familienangehörige gut integrierter Jugendlicher"),
    Entitlement.MAY,  # parents, siblings: kann; spouse, children: soll - see docs (simplified)
    (FAMILY_LINK, FAMILY_NO_OBSTRUCTION, FAMILY_LIVELIHOOD, FAMILY_CRIME,
     *SECTION_5, b.P5_4_SECURITY,
     b.P10_3_S2.waivable_by("§ 25a Abs. 4 AufenthG"),
     b.P11_ENTRY_BAN),
    VERSIONS,
)
