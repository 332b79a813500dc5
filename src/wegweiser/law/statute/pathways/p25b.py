"""§ 25b AufenthG - Aufenthaltsgewährung bei nachhaltiger Integration (soll).

Abs. 1 (geduldete Person or § 104c holder), Abs. 4 (spouse and minor children of a
beneficiary), Abs. 6 (after 30 months of Beschäftigungsduldung).  Since 31.12.2022: 6 years,
4 with a minor child in the household; § 104c holders count § 60b time (Abs. 7) until
30.06.2027.
"""

from __future__ import annotations

from datetime import date

from wegweiser.law.engine.expr import (
    NO_DATE,
    And,
    Earliest,
    Expr,
    F,
    IsNull,
    Lit,
    Not,
    Or,
    Par,
    When,
    between,
)
from wegweiser.law.statute import blockers as b
from wegweiser.law.statute import general as g
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.helpers import duration_met, duration_met_on, reached_date, younger_than
from wegweiser.law.statute.pathways.base import Entitlement, Flag, Pathway, RuleVersion
from wegweiser.law.statute.texts import gettext_noop

T, S, M = Confidence.T, Confidence.S, Confidence.M
PRIVILEGED = g.PRIVILEGED_104C  # Abs. 7-8


def _residence(chain: str) -> tuple[Expr, Expr, Expr, Expr]:
    """(test, met_on, lost_on, met_on_best) of Abs. 1 Satz 2 Nr. 1 for one counting chain."""
    full = duration_met(chain, "p25b.years", 12)
    with_child = And(F("has_minor_child"), duration_met(chain, "p25b.years_with_child", 12))
    adult_on = F("youngest_child_adult_on")
    reached_full = reached_date(chain, "p25b.years", 12)
    reached_child = reached_date(chain, "p25b.years_with_child", 12)

    def met_on(child: Expr, before_adult: Expr) -> Expr:
        return Earliest(When(And(F(f"{chain}_running"), child, before_adult), reached_child, NO_DATE),
                        duration_met_on(chain, "p25b.years", 12))

    # Unknown children: the 4-year date is the earliest possible day, the 6-year one the latest.
    maybe_child = Or(F("has_minor_child"), IsNull(F("has_minor_child")))
    maybe_before = Or(reached_child < adult_on, IsNull(adult_on))
    # The 4-year variant ends when the youngest child turns 18 (unless 6 years are reached).
    lost_on = When(And(Not(full), with_child, reached_full > adult_on), adult_on, NO_DATE)
    return (Or(full, with_child), met_on(F("has_minor_child"), reached_child < adult_on), lost_on,
            met_on(maybe_child, maybe_before))


def _privileged(pick: int) -> Expr:
    return When(PRIVILEGED, _residence("res60b")[pick], _residence("res")[pick])


STATUS = Criterion(
    "p25b.status", "§ 25b Abs. 1 Satz 1 AufenthG",
    gettext_noop("Geduldet oder Inhaber einer Aufenthaltserlaubnis nach § 104c"), Kind.HARD, T,
    Or(F("geduldet"), PRIVILEGED),
    lost_on=When(And(PRIVILEGED, Not(F("geduldet"))),
                 Earliest(F("p104c_expiry"), Lit(date(2027, 7, 1))), NO_DATE),
)
RESIDENCE = Criterion(
    "p25b.residence_duration", "§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG",
    gettext_noop("Seit mindestens 6 Jahren (mit minderjährigem ledigen Kind im Haushalt: 4 Jahren) "
                 "ununterbrochen geduldet, gestattet oder mit Aufenthaltserlaubnis; Zeiten nach § 60b "
                 "zählen nicht (außer für § 104c-Inhaber, Abs. 7)"),
    Kind.REGULAR, T, _privileged(0), met_on=_privileged(1), lost_on=_privileged(2),
    met_on_best=_privileged(3),
    threshold="p25b.years",
)
# Minors under 16: BVerwG 1 C 13.23 (on § 104c) applied by analogy, a policy setting.
FDGO = Criterion(
    "p25b.fdgo", "§ 25b Abs. 1 Satz 2 Nr. 2 AufenthG; BVerwG 1 C 13.23 entsprechend",
    gettext_noop("Bekenntnis zur freiheitlichen demokratischen Grundordnung und Grundkenntnisse der "
                 "Rechts- und Gesellschaftsordnung (unter 16 Jahren nicht verlangt, wenn die "
                 "Behörde BVerwG 1 C 13.23 entsprechend anwendet)"), Kind.REGULAR, T,
    Or(F("fdgo_declaration"),
       And(Par("policy.fdgo_minors_exempt_in_25b"), younger_than("fdgo.exempt_below_age"))),
    threshold="fdgo.exempt_below_age",
)
LIVELIHOOD = Criterion(
    "p25b.livelihood", "§ 25b Abs. 1 Satz 2 Nr. 3, Satz 3, Abs. 3 AufenthG",
    gettext_noop("Lebensunterhalt überwiegend durch Erwerbstätigkeit gesichert (oder Prognose; "
                 "unschädlich in Ausbildung/Studium; Ausnahme bei Krankheit, Behinderung, Alter)"),
    Kind.REGULAR, M,
    Or(F("livelihood_secured"), F("livelihood_share") > Par("policy.livelihood_mostly_share"),
       F("in_education"), F("illness_or_disability")),
)
LANGUAGE = Criterion(
    "p25b.language_a2", "§ 25b Abs. 1 Satz 2 Nr. 4, Abs. 3 AufenthG",
    gettext_noop("Hinreichende mündliche Deutschkenntnisse (A2) oder Ausnahme wegen Krankheit, "
                 "Behinderung oder Alter"), Kind.REGULAR, T,
    Or(F("lang_oral") >= 2, F("illness_or_disability")),
)
SCHOOL = Criterion(
    "p25b.children_school", "§ 25b Abs. 1 Satz 2 Nr. 5 AufenthG",
    gettext_noop("Tatsächlicher Schulbesuch der Kinder im schulpflichtigen Alter nachgewiesen"),
    Kind.REGULAR, T, Or(Not(F("has_minor_child")), F("school_attendance_proof")),
)
# Abs. 1 Satz 1 deviates from § 5 Abs. 1 Nr. 1 and Abs. 2 only: Nr. 1a, 2 and 4 stay
# Regelvoraussetzungen the office may waive by discretion (§ 5 Abs. 3 Satz 2).
REGULAR_5 = g.waived_in_abschnitt_5(g.IDENTITY, g.NO_EXPULSION_INTEREST, g.PASSPORT)
TAIL = (
    b.OBSTRUCTION,  # Abs. 2 Nr. 1
    g.SERIOUS_EXPULSION_INTEREST,  # Abs. 2 Nr. 2
    *REGULAR_5,
    b.P5_4_SECURITY,
    b.P10_3_S2.waivable_by("§ 25b Abs. 5 Satz 2 AufenthG"),
    b.P11_ENTRY_BAN,
)
# Abs. 8: a § 104c holder "soll nur" get the title with clarified identity; with every
# reasonable step taken the office "kann" grant it anyway (Satz 2); otherwise not at all.
P104C_IDENTITY, P104C_IDENTITY_STEPS = g.holder_identity("p25b.abs8", "§ 25b Abs. 8")
VERSIONS = (
    RuleVersion(date(2015, 8, 1), gettext_noop("§ 25b i.d.F. ab 01.08.2015 (8 / 6 Jahre)")),
    RuleVersion(date(2020, 1, 1), gettext_noop("§ 25b i.d.F. ab 01.01.2020 (8 / 6 Jahre, Abs. 6)")),
    RuleVersion(date(2022, 12, 31), gettext_noop("§ 25b i.d.F. ab 31.12.2022 (6 / 4 Jahre, § 104c-Inhaber)")),
    RuleVersion(date(2027, 7, 1), gettext_noop("§ 25b i.d.F. ab 01.07.2027 (ohne § 104c-Bezug)")),
)
FLAG_104C_APPLICATION = Flag(
    "p25b.abs8", gettext_noop("§ 104c-Inhaber: Antrag vor Ablauf der AE stellen (Fiktion § 81 Abs. 4)"),
    PRIVILEGED,
)

PATHWAY = Pathway(
    "p25b", "§ 25b Abs. 1 AufenthG", gettext_noop("Nachhaltige Integration"), Entitlement.SHOULD,
    (STATUS, RESIDENCE, FDGO, LIVELIHOOD, LANGUAGE, SCHOOL, *TAIL, P104C_IDENTITY,
     P104C_IDENTITY_STEPS), VERSIONS,
    flags=(FLAG_104C_APPLICATION,),
)

FAMILY_LINK = Criterion(
    "p25b.family_link", "§ 25b Abs. 4 AufenthG",
    gettext_noop("Ehegatte/Lebenspartner oder minderjähriges lediges Kind eines Begünstigten nach Abs. 1, "
                 "in familiärer Lebensgemeinschaft"), Kind.SCOPE, T, F("family_of_25b_holder"),
)
FAMILY = Pathway(
    "p25b_4", "§ 25b Abs. 4 AufenthG", gettext_noop("Nachhaltige Integration – Familienangehörige"),
    Entitlement.SHOULD, (FAMILY_LINK, FDGO, LIVELIHOOD, LANGUAGE, SCHOOL, *TAIL), VERSIONS,
)

P60D_30_MONTHS = Criterion(
    "p25b.p60d_30_months", "§ 25b Abs. 6 AufenthG",
    gettext_noop("Seit 30 Monaten im Besitz einer Beschäftigungsduldung (§ 60d)"), Kind.HARD, T,
    duration_met("dul60d", "p25b.p60d_months"), met_on=duration_met_on("dul60d",
                                                                        "p25b.p60d_months"),
    threshold="p25b.p60d_months",
)
P60D_STILL_MET = Criterion(
    "p25b.p60d_requirements", "§ 25b Abs. 6 i.V.m. § 60d Abs. 1 AufenthG",
    gettext_noop("Voraussetzungen des § 60d weiterhin erfüllt (Beschäftigung, Lebensunterhalt)"),
    Kind.HARD, S,
    # A job with unknown hours or insurance may be the one that counts: open, not "no".
    And(between(F("emp_c_running"), F("emp_p_running")), F("livelihood_secured")),
)
WRITTEN_A2 = Criterion(
    "p25b.written_a2", "§ 25b Abs. 6 Satz 2 AufenthG",
    gettext_noop("Hinreichende schriftliche Deutschkenntnisse (A2), falls Integrationskurs möglich war"),
    Kind.REGULAR, T, F("lang_written") >= 2,
)
ABS6 = Pathway(
    "p25b_6", "§ 25b Abs. 6 AufenthG", gettext_noop("Nachhaltige Integration nach Beschäftigungsduldung"),
    Entitlement.SHOULD,
    (P60D_30_MONTHS, P60D_STILL_MET, LANGUAGE.as_kind(Kind.HARD), WRITTEN_A2, *TAIL),
    VERSIONS[1:],
)
