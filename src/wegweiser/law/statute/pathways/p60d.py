"""§ 60d AufenthG - Beschäftigungsduldung (Duldung for 30 months, "in der Regel").

Version switch (12 months / 20 h, entry by 31.12.2022, identity by 31.12.2024) on the policy
date `p60d_new_version_from` (default 01.03.2024; 27.02.2024 is argued) [?].
"""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import UNKNOWN, And, Coalesce, F, IsNull, Lit, Not, Or, Par, When, between
from wegweiser.law.statute import general as g
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.helpers import (
    duration_met,
    duration_met_on,
    employment_met,
    employment_met_on,
    employment_met_on_best,
)
from wegweiser.law.statute.pathways.base import Entitlement, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

T, S = Confidence.T, Confidence.S

ENTRY = Criterion(
    "p60d.entry", "§ 60d Abs. 1 AufenthG", gettext_noop("Einreise bis zum Stichtag (seit 2024: 31.12.2022)"),
    Kind.HARD, S, F("entry_date") <= Par("p60d.entry_by"), threshold="p60d.entry_by",
)
IDENTITY = Criterion(
    "p60d.identity", "§ 60d Abs. 1 Nr. 1, Abs. 4 AufenthG",
    gettext_noop("Identität geklärt (Einreise bis 2016: bis Antrag; danach bis 31.12.2024) oder alle "
                 "zumutbaren Maßnahmen ergriffen"), Kind.HARD, S,
    Or(F("identity_steps_taken"), When(
        IsNull(F("entry_date")), UNKNOWN,
        When(F("entry_date") <= Lit(date(2016, 12, 31)), F("identity_clarified"),
             And(F("identity_clarified"),
                 F("identity_clarified_since") <= Par("p60d.identity_by"))))),
)
DULDUNG = Criterion(
    "p60d.duldung", "§ 60d Abs. 1 Nr. 2 AufenthG",
    gettext_noop("Seit mindestens 12 Monaten geduldet (ohne § 60b-Zeiten)"), Kind.HARD, S,
    duration_met("dul", "p60d.duldung_months"),
    met_on=duration_met_on("dul", "p60d.duldung_months"), threshold="p60d.duldung_months",
)
EMPLOYMENT = Criterion(
    "p60d.employment", "§ 60d Abs. 1 Nr. 3 AufenthG",
    gettext_noop("Seit mindestens 12 Monaten sozialversicherungspflichtig beschäftigt, mind. 20 Std./Woche "
                 "(bis 2024: 18 Monate, 35 Std.)"), Kind.HARD, S,
    employment_met("p60d.employment_months"), met_on=employment_met_on("p60d.employment_months"),
    met_on_best=employment_met_on_best("p60d.employment_months"),
    threshold="p60d.employment_months",
)
LIVELIHOOD = Criterion(
    "p60d.livelihood", "§ 60d Abs. 1 Nr. 4-5 AufenthG",
    gettext_noop("Lebensunterhalt durch die Beschäftigung gesichert (in den letzten 12 Monaten und künftig)"),
    Kind.HARD, T, F("livelihood_secured"),
)
LANGUAGE = Criterion(
    "p60d.language_a2", "§ 60d Abs. 1 Nr. 6 AufenthG",
    gettext_noop("Hinreichende mündliche Deutschkenntnisse (A2)"), Kind.HARD, T, F("lang_oral") >= 2,
)
CRIME = Criterion(
    "p60d.crime", "§ 60d Abs. 1 Nr. 7 AufenthG",
    gettext_noop("Keine Verurteilung wegen vorsätzlicher Straftat (Ausländer und Ehegatte); nur "
                 "ausländerspezifische Geldstrafen bis 90 Tagessätze unschädlich"), Kind.EXCLUSION, T,
    And(between(Not(F("crim_strict_max")), Not(F("crim_strict_min"))),
        # The spouse: the office's answer, else the spouse's own case file (record evaluated).
        Or(Not(F("has_spouse")), Coalesce(
            F("spouse_criminal_record_clean"),
            between(Not(F("spouse_crim_strict_max")), Not(F("spouse_crim_strict_min")))))),
    met_on=F("crim_clear_on"),
)
CHILDREN = Criterion(
    "p60d.children", "§ 60d Abs. 1 Nr. 10 AufenthG",
    gettext_noop("Schulbesuch der Kinder nachgewiesen, keine Ausweisungsinteressen der Kinder"), Kind.HARD, T,
    Or(Not(F("has_minor_child")), F("children_requirements_met")),
)
COURSE = Criterion(
    "p60d.integration_course", "§ 60d Abs. 1 Nr. 11 AufenthG",
    gettext_noop("Integrationskurs abgeschlossen, falls verpflichtet"), Kind.HARD, T,
    F("integration_course_fulfilled"),
)
PATHWAY = Pathway(
    "p60d", "§ 60d AufenthG", gettext_noop("Beschäftigungsduldung"), Entitlement.SHOULD,
    (ENTRY, IDENTITY, DULDUNG, EMPLOYMENT, LIVELIHOOD, LANGUAGE, CRIME, g.NO_EXTREMISM,
     g.NO_EXPULSION_ORDER, CHILDREN, COURSE),
    (RuleVersion(date(2020, 1, 1), gettext_noop("§ 60d i.d.F. ab 01.01.2020 (18 Monate / 35 Std.)")),
     # The start date is a [?] point: the authority's setting decides (default 01.03.2024).
     RuleVersion("p60d_new_version_from", gettext_noop(
         "§ 60d i.d.F. des FEG 2023 (12 Monate / 20 Std.; Beginn laut Einstellung der Behörde)"))),
)
