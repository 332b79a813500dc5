"""§ 23a AufenthG - Härtefallkommission; NRW: HFKVO (GV. NRW. 2004 S. 820).

Never an entitlement: the result says whether a hardship procedure is *possible* (MAY =
"Härtefallersuchen möglich") or excluded by HFKVO § 5 Abs. 1; the "soll"-exclusions of § 5
Abs. 2 HFKVO are REGULAR.  § 23a deviates from §§ 5, 10 and 11 AufenthG, so no blockers.
"""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import And, F, Not, Or, between
from wegweiser.law.statute import general as g
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.pathways.base import Entitlement, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

S = Confidence.S

IN_NRW = Criterion(
    "p23a.nrw", "§ 5 Abs. 1 HFKVO NRW",
    gettext_noop("Gewöhnlicher Aufenthalt in NRW, zuständige Ausländerbehörde in NRW"), Kind.HARD, S,
    F("resides_in_nrw"),
)
MANDATORY = Criterion(
    "p23a.mandatory_exclusions", "§ 5 Abs. 1 HFKVO NRW",
    gettext_noop("Keine Anordnung nach § 58a, keine Versagung nach § 5 Abs. 4, keine Ausweisung"),
    Kind.EXCLUSION, S,
    Not(Or(F("deportation_order_58a"), F("security_threat"), F("expulsion_order"))),
)
SOFT = Criterion(
    "p23a.soft_exclusions", "§ 5 Abs. 2 HFKVO NRW, § 23a Abs. 1 Satz 3 AufenthG",
    gettext_noop("Kein Einreiseverbot (außer die Ausreise ist unmöglich), kein anderweitig "
                 "erreichbarer Titel, keine Straftaten von erheblichem Gewicht, kein "
                 "feststehender Rückführungstermin"), Kind.REGULAR, S,
    # § 5 Abs. 2 HFKVO: a stay against an entry ban excludes "außer die Ausreise ist rechtlich
    # oder tatsächlich unmöglich" - with the ban in force, an unknown impossibility stays unknown.
    And(Or(Not(F("entry_ban_in_force")), F("departure_impossible")),
        Not(F("title_obtainable_elsewhere")),
        between(Not(F("crim_serious_max")), Not(F("crim_serious_min"))),
        Not(F("return_date_fixed"))),
    # The commission decides whether it takes up a case; these only exclude "in der Regel",
    # so a request stays possible (MAY) and the result names the exception to argue.
).waivable_by("§ 23a Abs. 1 Satz 3 AufenthG, § 5 Abs. 2 HFKVO NRW")
PATHWAY = Pathway(
    "p23a", "§ 23a AufenthG, HFKVO NRW", gettext_noop("Härtefallverfahren (Ersuchen möglich)"),
    Entitlement.MAY, (g.GEDULDET, IN_NRW, MANDATORY, SOFT),
    (RuleVersion(date(2005, 1, 1), gettext_noop("§ 23a AufenthG, HFKVO NRW v. 14.12.2004")),),
)
