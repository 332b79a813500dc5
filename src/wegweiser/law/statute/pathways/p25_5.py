"""§ 25 Abs. 5 AufenthG - Aufenthaltserlaubnis bei unmöglicher Ausreise.

Satz 1 kann; Satz 2 soll, once deportation has been suspended for 18 months; Satz 3-4 only
if the person is not at fault.  No exception from § 10 Abs. 3 Satz 2.
"""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import F, Not
from wegweiser.law.statute import blockers as b
from wegweiser.law.statute import general as g
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.helpers import duration_met, duration_met_on
from wegweiser.law.statute.pathways.base import Entitlement, Flag, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

T, M = Confidence.T, Confidence.M

ENFORCEABLE = g.GEDULDET
IMPOSSIBLE = Criterion(
    "p25_5.departure_impossible", "§ 25 Abs. 5 Satz 1 AufenthG",
    gettext_noop("Ausreise aus rechtlichen oder tatsächlichen Gründen unmöglich"), Kind.HARD, T,
    F("departure_impossible"),
)
LASTING = Criterion(
    "p25_5.obstacle_lasting", "§ 25 Abs. 5 Satz 1 AufenthG",
    gettext_noop("Mit dem Wegfall der Ausreisehindernisse ist in absehbarer Zeit nicht zu rechnen"),
    Kind.HARD, T, F("obstacle_lasting"),
)
EIGHTEEN_MONTHS = Criterion(
    "p25_5.suspended_18_months", "§ 25 Abs. 5 Satz 2 AufenthG",
    gettext_noop("Abschiebung seit 18 Monaten ausgesetzt (dann Soll statt Kann; § 60b-Zeiten zählen nicht)"),
    Kind.UPGRADE, M, duration_met("dul", "p25_5.months"),
    met_on=duration_met_on("dul", "p25_5.months"), threshold="p25_5.months",
)
NO_FAULT = Criterion(
    "p25_5.no_fault", "§ 25 Abs. 5 Satz 3-4 AufenthG",
    gettext_noop("Ausländer ist unverschuldet an der Ausreise gehindert (keine Täuschung, zumutbare "
                 "Anforderungen erfüllt)"), Kind.EXCLUSION, T, Not(F("departure_obstacle_self_caused")),
)
PATHWAY = Pathway(
    "p25_5", "§ 25 Abs. 5 AufenthG", gettext_noop("Unmöglichkeit der Ausreise"), Entitlement.MAY,
    (ENFORCEABLE, IMPOSSIBLE, LASTING, EIGHTEEN_MONTHS, NO_FAULT,
     *g.waived_in_abschnitt_5(*g.ABSCHNITT5_REGULARS),
     b.P5_4_SECURITY, b.P10_3_S2, b.P11_ENTRY_BAN),
    (RuleVersion(date(2005, 1, 1), gettext_noop("§ 25 Abs. 5 i.d.F. ab 01.01.2005")),),
    flags=(Flag("p25_5.p25_3", gettext_noop("Nationales Abschiebungsverbot festgestellt: § 25 Abs. 3 (soll) "
                                      "vorrangig prüfen"), F("national_deportation_ban")),),
)
