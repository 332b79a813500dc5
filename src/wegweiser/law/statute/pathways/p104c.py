"""§ 104c AufenthG a.F. - Chancen-Aufenthaltsrecht (31.12.2022 - 30.12.2025, soll).

Closed for new grants since 31.12.2025 (EXPIRED); kept for past dates, for auditing existing
grants and - if the policy says so - for applications filed before 31.12.2025.
"""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import And, F, Lit, Not, Or, Par
from wegweiser.law.engine.timeline import P104C_REFERENCE_DAY
from wegweiser.law.statute import blockers as b
from wegweiser.law.statute import general as g
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.helpers import fines_rule, reached_date, younger_than
from wegweiser.law.statute.pathways.base import Entitlement, Flag, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

T, S = Confidence.T, Confidence.S
LAST_APPLICATION_DAY = date(2025, 12, 30)

STATUS = g.GEDULDET
FIVE_YEARS = Criterion(
    "p104c.five_years", "§ 104c Abs. 1 Satz 1, Satz 3 AufenthG",
    gettext_noop("Am 31.10.2022 seit 5 Jahren ununterbrochen geduldet, gestattet oder mit "
                 "Aufenthaltserlaubnis (§ 60b-Zeiten zählen mit)"), Kind.HARD, T,
    And(F("stichtag_alive"),
        reached_date("stichtag", "p104c.years", 12) <= Lit(P104C_REFERENCE_DAY)),
    threshold="p104c.years",
)
# BVerwG, Urt. v. 27.02.2025 - 1 C 13.23: no declaration from minors under 16 (age on the
# day of the decision); applied from the day of the judgment (dated parameter).
FDGO = Criterion(
    "p104c.fdgo", "§ 104c Abs. 1 Satz 1 Nr. 1 AufenthG; BVerwG 1 C 13.23",
    gettext_noop("Bekenntnis zur freiheitlichen demokratischen Grundordnung (nicht verlangt von "
                 "Minderjährigen unter 16 Jahren, BVerwG 1 C 13.23)"), Kind.HARD, S,
    Or(F("fdgo_declaration"), younger_than("fdgo.exempt_below_age")),
    threshold="fdgo.exempt_below_age",
)
CRIME = Criterion(
    "p104c.crime", "§ 104c Abs. 1 Satz 1 Nr. 2 AufenthG",
    gettext_noop("Keine Verurteilung wegen vorsätzlicher Straftat über 50 Tagessätze (90 bei "
                 "ausländerspezifischen Delikten); Jugendstrafrecht ohne Jugendstrafe unschädlich"),
    Kind.HARD, T, fines_rule(juvenile_counts=False), met_on=F("crim_clear_on"),
)
DECEPTION = Criterion(
    "p104c.deception", "§ 104c Abs. 1 Satz 2 AufenthG",
    gettext_noop("Abschiebung nicht durch wiederholte vorsätzliche Falschangaben oder Identitätstäuschung "
                 "verhindert (Soll-Versagung; atypischen Fall prüfen)"), Kind.EXCLUSION, S,
    Not(F("deception_finding")),
)
PATHWAY = Pathway(
    "p104c", "§ 104c Abs. 1 AufenthG a.F.", gettext_noop("Chancen-Aufenthaltsrecht"), Entitlement.SHOULD,
    (STATUS, FIVE_YEARS, FDGO, CRIME, DECEPTION, g.NO_EXPULSION_INTEREST, b.P5_4_SECURITY,
     b.P10_3_S2.waivable_by("§ 104c Abs. 3 Satz 1 AufenthG a.F."),
     b.P11_ENTRY_BAN),
    (RuleVersion(date(2022, 12, 31), gettext_noop("§ 104c a.F. (31.12.2022 – 30.12.2025)")),
     RuleVersion(date(2025, 12, 31), gettext_noop("§ 104c n.F. Übergangsregelung (keine Neuerteilung)"))),
    available=Or(Par("p104c.open"), And(
        Par("policy.p104c_pending_applications_grantable"),
        F("p104c_application_date") <= Lit(LAST_APPLICATION_DAY))),
    available_text=gettext_noop("Keine Neuerteilung seit 31.12.2025 (§ 104c n.F.)"),
    flags=(Flag("p104c.holder", gettext_noop("Inhaber einer AE nach § 104c (gültig bis %(p104c_expiry)s): "
                                             "nur Übergang in § 25a/§ 25b; Antrag vor Ablauf stellen "
                                             "(Fiktion § 81 Abs. 4)"), F("p104c_holder")),),
)
