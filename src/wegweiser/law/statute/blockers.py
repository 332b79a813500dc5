"""Cross-cutting blockers: evaluated once per person, shown on every pathway they affect.

Each pathway lists the blockers that apply to it with the effect they have there
(EXCLUSION = bars it; WAIVABLE = the norm allows an exception by discretion).
"""

from __future__ import annotations

from wegweiser.law.engine.expr import Coalesce, F, Not, Or
from wegweiser.law.statute.criteria import Confidence, Criterion, Kind
from wegweiser.law.statute.texts import gettext_noop

T = Confidence.T

P10_3_S1 = Criterion(
    "blocker.p10_3_s1", "§ 10 Abs. 3 Satz 1 AufenthG",
    gettext_noop("Kein unanfechtbar abgelehnter oder zurückgenommener Asylantrag "
                 "(sonst vor der Ausreise nur Titel nach Abschnitt 5)"),
    Kind.EXCLUSION, T, Not(F("asylum_s1")),
)
P10_3_S2 = Criterion(
    "blocker.p10_3_s2", "§ 10 Abs. 3 Satz 2, § 104 Abs. 19 AufenthG",
    gettext_noop("Keine Ablehnung als offensichtlich unbegründet nach § 30 Abs. 1 Nr. 3-7 AsylG "
                 "(Ablehnung bis 27.02.2024: § 30 Abs. 3 Nr. 1-6 AsylG a.F.); eine Ablehnung nur "
                 "nach § 29a AsylG (sicherer Herkunftsstaat) sperrt nicht; unschädlich, wenn die "
                 "Voraussetzungen des § 25 Abs. 3 vorliegen (Satz 3)"),
    Kind.EXCLUSION, T, Or(Not(F("asylum_s2")), F("national_deportation_ban")),
)
P11_ENTRY_BAN = Criterion(
    "blocker.p11", "§ 11 Abs. 1 Satz 3 AufenthG",
    gettext_noop("Kein Einreise- und Aufenthaltsverbot in Kraft (Aufhebung nach § 11 Abs. 4 Satz 2 prüfen)"),
    Kind.EXCLUSION, T, Not(F("entry_ban_in_force")),
)
P5_4_SECURITY = Criterion(
    "blocker.p5_4", "§ 5 Abs. 4 AufenthG",
    gettext_noop("Kein Ausweisungsinteresse nach § 54 Abs. 1 Nr. 2 oder 4 und keine Anordnung nach § 58a"),
    Kind.EXCLUSION, T, Not(Or(F("security_threat"), F("deportation_order_58a"))),
)
# The office's answer wins; without one, the file can still prove Satz 1 Nr. 3 (safe country
# of origin, application after 31.08.2015 rejected - law/statute/employment_ban.py).
P60A_6_EMPLOYMENT_BAN = Criterion(
    "blocker.p60a_6", "§ 60a Abs. 6 AufenthG",
    gettext_noop("Kein Beschäftigungsverbot nach § 60a Abs. 6 (Nr. 3: Staatsangehörige sicherer "
                 "Herkunftsstaaten, Asylantrag nach dem 31.08.2015 abgelehnt, ergibt sich aus der "
                 "Akte)"),
    Kind.EXCLUSION, T, Not(Coalesce(F("employment_ban_60a6"), F("ban_60a6_nr3"))),
)
DECEPTION_PRESENT = Criterion(
    "blocker.deception_present", "§ 25a Abs. 1 Satz 3 AufenthG",
    gettext_noop("Abschiebung nicht wegen eigener falscher Angaben oder Täuschung über Identität/"
                 "Staatsangehörigkeit ausgesetzt"),
    Kind.EXCLUSION, T, Not(F("deception_causal_now")),
)
DECEPTION_PAST = Criterion(
    "blocker.deception_past", "§ 19d Abs. 1 Nr. 4 AufenthG",
    gettext_noop("Keine vorsätzliche Täuschung der Ausländerbehörde über aufenthaltsrechtlich relevante "
                 "Umstände"),
    Kind.EXCLUSION, T, Not(F("deception_finding")),
)
OBSTRUCTION = Criterion(
    "blocker.obstruction", "§ 25b Abs. 2 Nr. 1 AufenthG",
    gettext_noop("Aufenthaltsbeendigung nicht durch Täuschung oder fehlende Mitwirkung verhindert/verzögert"),
    Kind.EXCLUSION, T, Not(F("obstruction_finding")),
)

ALL_BLOCKERS = (
    P10_3_S1, P10_3_S2, P11_ENTRY_BAN, P5_4_SECURITY, P60A_6_EMPLOYMENT_BAN,
    DECEPTION_PRESENT, DECEPTION_PAST, OBSTRUCTION,
)
