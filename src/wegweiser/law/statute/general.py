"""§ 5 AufenthG: general issuing requirements, declared once and reused by the pathways.

§ 5 Abs. 1 requirements are Regelvoraussetzungen (REGULAR): failing one needs an atypical case.
In the titles of Kapitel 2 Abschnitt 5 (§ 25 Abs. 5, § 25a, § 25b, § 23a) § 5 Abs. 3 Satz 2
also lets the office waive them by discretion (`waived_in_abschnitt_5`).
"""

from __future__ import annotations

from wegweiser.law.engine.expr import And, Coalesce, F, Not, Or, Par, between
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.texts import gettext_noop

T = Confidence.T

LIVELIHOOD = Criterion(
    "p5.livelihood", "§ 5 Abs. 1 Nr. 1 AufenthG", gettext_noop("Lebensunterhalt gesichert (§ 2 Abs. 3)"),
    Kind.REGULAR, T, F("livelihood_secured"),
)
IDENTITY = Criterion(
    "p5.identity", "§ 5 Abs. 1 Nr. 1a AufenthG", gettext_noop("Identität und Staatsangehörigkeit geklärt"),
    Kind.REGULAR, T, F("identity_clarified"),
)
NO_EXPULSION_INTEREST = Criterion(
    "p5.no_expulsion_interest", "§ 5 Abs. 1 Nr. 2 AufenthG", gettext_noop("Kein Ausweisungsinteresse"),
    Kind.REGULAR, T,
    # A recorded finding wins; otherwise a clean record proves it and a serious
    # conviction (§ 54 Abs. 2 Nr. 1-2) disproves it; anything in between needs a human look.
    Coalesce(Not(F("expulsion_interest")),
             between(Not(F("crim_any_max")), Not(F("crim_serious_min")))),
)
PASSPORT = Criterion(
    "p5.passport", "§ 5 Abs. 1 Nr. 4 AufenthG", gettext_noop("Passpflicht (§ 3) erfüllt"),
    Kind.REGULAR, T, F("passport_held"),
)
GEDULDET = Criterion(
    "status.geduldet", "§ 60a AufenthG",
    gettext_noop("Im Besitz einer Duldung (vollziehbar ausreisepflichtig)"),
    Kind.HARD, T, F("geduldet"),
)
SERIOUS_EXPULSION_INTEREST = Criterion(
    "p54.no_serious_interest", "§ 54 Abs. 1, Abs. 2 Nr. 1-2 AufenthG",
    gettext_noop("Kein besonders schweres/schweres Ausweisungsinteresse (Freiheitsstrafe ab 6 Monaten, "
                 "Jugendstrafe ab 1 Jahr ohne Bewährung)"),
    Kind.EXCLUSION, T,
    Coalesce(Not(F("expulsion_interest_serious")),
             between(Not(F("crim_serious_max")), Not(F("crim_serious_min")))),
    met_on=F("crim_clear_on"),
)
NO_EXTREMISM = Criterion(
    "sec.no_extremism", "§ 19d Abs. 1 Nr. 6 / § 60d Abs. 1 Nr. 8 AufenthG",
    gettext_noop("Keine Bezüge zu extremistischen oder terroristischen Organisationen"),
    Kind.EXCLUSION, T, Not(F("extremism_indications")),
)
NO_EXPULSION_ORDER = Criterion(
    "sec.no_expulsion_order", "§ 60c Abs. 2 Nr. 4 / § 60d Abs. 1 Nr. 9 AufenthG",
    gettext_noop("Keine Ausweisungsverfügung und keine Abschiebungsanordnung nach § 58a"),
    Kind.EXCLUSION, T, Not(Or(F("expulsion_order"), F("deportation_order_58a"))),
)
ABSCHNITT5_REGULARS = (LIVELIHOOD, IDENTITY, NO_EXPULSION_INTEREST, PASSPORT)
# § 5 Abs. 3 Satz 2: for the titles of Kapitel 2 Abschnitt 5 (§§ 22-26) the office "kann von
# der Anwendung der Absätze 1 und 2 absehen" - outside it (§ 16g, § 19d) they stay Regel only.
SECTION_5_WAIVER = "§ 5 Abs. 3 Satz 2 AufenthG"


def waived_in_abschnitt_5(*criteria: Criterion) -> tuple[Criterion, ...]:
    """§ 5 Abs. 1 requirements as they apply to a title of Kapitel 2 Abschnitt 5."""
    return tuple(c.waivable_by(SECTION_5_WAIVER) for c in criteria)


# § 104c holders, as long as § 25a Abs. 5-6 / § 25b Abs. 7-8 apply (until 30.06.2027).
PRIVILEGED_104C = And(F("p104c_holder"), Par("p104c.privileges"))


def holder_identity(prefix: str, paragraph: str) -> tuple[Criterion, Criterion]:
    """§ 25a Abs. 6 / § 25b Abs. 8: a § 104c holder "soll" get the title only with clarified
    identity (§ 5 Abs. 1 Nr. 1a); with every necessary and reasonable step taken the office
    "kann" grant it anyway (Satz 2); otherwise not at all.  E.g. ("p25b.abs8", "§ 25b Abs. 8")."""
    clarified = Criterion(
        f"{prefix}_identity", f"{paragraph} Satz 1 AufenthG",
        gettext_noop("Inhaber einer AE nach § 104c: Identität und Staatsangehörigkeit geklärt "
                     "(§ 5 Abs. 1 Nr. 1a)"), Kind.REGULAR, T,
        Or(Not(PRIVILEGED_104C), F("identity_clarified")),
    ).waivable_by(f"{paragraph} Satz 2 AufenthG")
    steps = Criterion(
        f"{prefix}_steps", f"{paragraph} AufenthG",
        gettext_noop("Inhaber einer AE nach § 104c: Identität geklärt oder alle erforderlichen und "
                     "zumutbaren Maßnahmen zur Identitätsklärung ergriffen"), Kind.HARD, T,
        Or(Not(PRIVILEGED_104C), F("identity_clarified"), F("identity_steps_taken")),
    )
    return clarified, steps
