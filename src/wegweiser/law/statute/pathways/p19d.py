"""§ 19d AufenthG - Aufenthaltserlaubnis für qualifizierte Geduldete (Abs. 1: soll;
Abs. 1a: after a § 60c training, "ist zu erteilen").

Not Abschnitt 5: § 5 Abs. 1 applies as Regel without § 5 Abs. 3 Satz 2 discretion; Abs. 3 lets
the office waive § 5 Abs. 2 and § 10 Abs. 3 Satz 1; there is no exception from § 10 Abs. 3
Satz 2 (reading of the text, legal staff to confirm).
"""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import AS_OF, NO_DATE, And, Earliest, F, IsNull, Lit, Not, Or, When
from wegweiser.law.statute import blockers as b
from wegweiser.law.statute import general as g
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.helpers import (
    employment_met,
    employment_met_on,
    employment_met_on_best,
    fines_rule,
)
from wegweiser.law.statute.pathways.base import Entitlement, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

T, S = Confidence.T, Confidence.S
# Nr. 1 a: "eine nach bundes- oder landesrechtlichen Vorschriften geregelte, staatlich anerkannte
# Ausbildung in einer Pflegehilfstätigkeit" - added by the FEG 2023, in force 01.03.2024.
CARE_AID_FROM = date(2024, 3, 1)

QUALIFICATION = Criterion(
    "p19d.qualification", "§ 19d Abs. 1 Nr. 1 AufenthG",
    gettext_noop("a) qualifizierte Berufsausbildung, staatlich anerkannte Pflegehilfeausbildung (ab "
                 "01.03.2024) oder Studium im Inland abgeschlossen, b) anerkannter ausländischer "
                 "Hochschulabschluss und 2 Jahre angemessene Beschäftigung oder c) 3 Jahre qualifizierte "
                 "Beschäftigung ohne Sozialleistungen im letzten Jahr"), Kind.HARD, T,
    Or(F("training_completed_qualified"), F("degree_in_germany"),
       And(AS_OF >= Lit(CARE_AID_FROM), F("training_completed_care_aid")),
       And(F("foreign_degree_recognised"),
           employment_met("p19d.foreign_degree_months", "qemp")),
       And(employment_met("p19d.qualified_work_months", "qemp"), Not(F("receives_benefits")))),
    met_on=Earliest(
        When(F("foreign_degree_recognised"),
             employment_met_on("p19d.foreign_degree_months", "qemp"), NO_DATE),
        employment_met_on("p19d.qualified_work_months", "qemp")),
    met_on_best=Earliest(
        When(Or(F("foreign_degree_recognised"), IsNull(F("foreign_degree_recognised"))),
             employment_met_on_best("p19d.foreign_degree_months", "qemp"), NO_DATE),
        employment_met_on_best("p19d.qualified_work_months", "qemp")),
)
HOUSING = Criterion(
    "p19d.housing", "§ 19d Abs. 1 Nr. 2 AufenthG", gettext_noop("Ausreichender Wohnraum"), Kind.HARD, T,
    F("housing_sufficient"),
)
LANGUAGE_B1 = Criterion(
    "p19d.language_b1", "§ 19d Abs. 1 Nr. 3 AufenthG",
    gettext_noop("Ausreichende Deutschkenntnisse (B1)"), Kind.HARD, T,
    And(F("lang_oral") >= 3, F("lang_written") >= 3),
)
OBSTRUCTION = b.OBSTRUCTION  # Nr. 5: behördliche Maßnahmen nicht vorsätzlich hinausgezögert
CRIME = Criterion(
    "p19d.crime", "§ 19d Abs. 1 Nr. 7 AufenthG",
    gettext_noop("Keine Verurteilung wegen vorsätzlicher Straftat über 50 Tagessätze (90 bei "
                 "ausländerspezifischen Delikten)"), Kind.EXCLUSION, T, fines_rule(juvenile_counts=True),
    met_on=F("crim_clear_on"),
)
VERSIONS = (RuleVersion(date(2020, 3, 1), gettext_noop("§ 19d i.d.F. ab 01.03.2020 (FEG 2019)")),)
PATHWAY = Pathway(
    "p19d", "§ 19d Abs. 1 AufenthG", gettext_noop("Qualifizierte Geduldete"), Entitlement.SHOULD,
    (g.GEDULDET, QUALIFICATION, HOUSING, LANGUAGE_B1, b.DECEPTION_PAST, OBSTRUCTION,
     g.NO_EXTREMISM, CRIME, *g.ABSCHNITT5_REGULARS, b.P5_4_SECURITY,
     b.P10_3_S1.waivable_by("§ 19d Abs. 3 AufenthG"),
     b.P10_3_S2, b.P11_ENTRY_BAN),
    VERSIONS,
)

AFTER_60C = Criterion(
    "p19d.after_60c", "§ 19d Abs. 1a AufenthG",
    gettext_noop("Berufsausbildung im Besitz einer Ausbildungsduldung (§ 60c) erfolgreich abgeschlossen"),
    Kind.HARD, S, And(F("geduldet"), F("training_completed_60c")),
)
PATHWAY_1A = Pathway(
    "p19d_1a", "§ 19d Abs. 1a AufenthG", gettext_noop("Beschäftigung nach Ausbildungsduldung"),
    Entitlement.BOUND,
    (AFTER_60C, HOUSING, LANGUAGE_B1, g.NO_EXTREMISM, CRIME, *g.ABSCHNITT5_REGULARS,
     b.P5_4_SECURITY, b.P11_ENTRY_BAN),
    VERSIONS,
)
