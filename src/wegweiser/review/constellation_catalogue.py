"""The features a constellation may use, their comparisons, and their translation into the law
engine's own expressions.

Every condition becomes an ``law.engine.expr.Expr`` over the columns the engine already computes
(``law.engine.features.SCHEMA``; batch twin ``batch_features.compute_feature_frame``), built from
the same building blocks as the criteria (``law.statute.helpers``: chain durations, ages, the
best/worst case of uncertain facts).  The expression is evaluated in Polars for all persons of
an authority and in plain Python for one person - one definition, no second implementation.

Three columns are not law features but plain case-file attributes, joined next to them
(review.constellation_frame): ``nationality``, ``municipality_id`` and ``verdict:<pathway>`` (the
verdict stored by the latest finished screening run).

Three-valued: a condition is true, false or unknown (null).  A constellation is the conjunction
of its conditions (Kleene AND): a person matches only if every condition is true; if none is
false but one is unknown the person is counted as "unknown", never as a match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import polars as pl
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wegweiser.law.engine.expr import (
    AS_OF,
    AddMonths,
    And,
    Expr,
    F,
    IsNull,
    Lit,
    MapValues,
    Not,
    between,
)
from wegweiser.law.engine.features import LEVELS
from wegweiser.law.engine.verdict import CODES, VERDICT_TEXT, Verdict
from wegweiser.law.statute.helpers import duration_met, employment_met
from wegweiser.law.statute.pathways import ALL_PATHWAYS


class Role(StrEnum):
    """What a feature says about a person - for the nationality flag (nationality_warning()).

    GROUP sorts people into groups (nationality, residence status, place); PERSONAL describes
    who a person is without saying whether any requirement of the law is met (age, children in
    the household - "Familienstand"); CIRCUMSTANCE is a legally relevant circumstance (times of
    stay, identity, passport, integration, livelihood, screening verdicts). Decision 0018.
    """

    GROUP = "group"
    PERSONAL = "personal"
    CIRCUMSTANCE = "circumstance"


class Kind(StrEnum):
    NUMBER = "number"  # a whole number with a unit (age, months, years, percent)
    YES_NO = "yes_no"
    CHOICE = "choice"  # one value of a list
    LEVEL = "level"  # one value of an ordered list (language level, verdict)


class Op(StrEnum):
    EQ = "eq"
    NE = "ne"
    GE = "ge"
    LE = "le"
    BETWEEN = "between"
    UNKNOWN = "unknown"


OP_SIGNS = {Op.EQ: "=", Op.NE: "≠", Op.GE: "≥", Op.LE: "≤", Op.BETWEEN: "…", Op.UNKNOWN: "?"}
OP_LABELS: dict[Op, Promise] = {
    Op.EQ: _("ist gleich (=)"),
    Op.NE: _("ist nicht (≠)"),
    Op.GE: _("mindestens (≥)"),
    Op.LE: _("höchstens (≤)"),
    Op.BETWEEN: _("zwischen (von … bis)"),
    Op.UNKNOWN: _("ist unbekannt"),
}
KIND_OPS: dict[Kind, tuple[Op, ...]] = {
    Kind.NUMBER: (Op.GE, Op.LE, Op.BETWEEN, Op.EQ, Op.NE, Op.UNKNOWN),
    Kind.LEVEL: (Op.GE, Op.LE, Op.BETWEEN, Op.EQ, Op.NE, Op.UNKNOWN),
    Kind.YES_NO: (Op.EQ, Op.NE, Op.UNKNOWN),
    Kind.CHOICE: (Op.EQ, Op.NE, Op.UNKNOWN),
}
YES_NO_CHOICES: tuple[tuple[bool, Promise], ...] = ((True, _("ja")), (False, _("nein")))

# authority id -> [(value as the engine sees it, label)]; the form sends str(value).
Choices = Callable[[int], list[tuple[Any, Any]]]


@dataclass(frozen=True)
class Feature:
    """One feature offered in the builder.

    ``value`` is the engine expression compared for YES_NO, CHOICE and LEVEL features (LEVEL:
    an ordinal, ``levels`` maps each choice to it).  NUMBER features give ``at_least(n)`` - "the
    value is at least n" as a three-valued engine expression - and ``unknown``; "at most n" is
    "not at least n + 1", "= n" is "at least n and at most n".
    """

    key: str
    label: Promise | str
    group: Promise
    kind: Kind
    explanation: Promise | str
    # Only a CIRCUMSTANCE condition lifts the nationality flag - see Role, nationality_warning().
    role: Role = Role.CIRCUMSTANCE
    value: Expr | None = None
    at_least: Callable[[int], Expr] | None = None
    unknown: Expr | None = None
    unit: Promise | None = None
    minimum: int = 0
    maximum: int = 100
    choices: Choices | None = None
    levels: dict[str, int] = field(default_factory=dict)

    @property
    def ops(self) -> tuple[Op, ...]:
        return KIND_OPS[self.kind]

    def unknown_expr(self) -> Expr:
        if self.unknown is not None:
            return self.unknown
        assert self.value is not None
        return IsNull(self.value)


def _age_at_least(years: int) -> Expr:
    """Certainly that old (latest possible birthday passed) -> true; certainly younger -> false;
    a birth date known only to the month or year may leave it unknown (statute.helpers)."""
    months = 12 * years
    return between(AddMonths(F("birth_latest"), months) <= AS_OF,
                   AddMonths(F("birth_earliest"), months) <= AS_OF)


def _chain_at_least(chain: str, scale: int) -> Callable[[int], Expr]:
    def at_least(n: int) -> Expr:
        # 0 months are always reached - also outside a chain, unless the status is unknown.
        if n == 0:
            return Not(IsNull(F(f"{chain}_alive")))
        return duration_met(chain, n * scale)
    return at_least


def _employment_at_least(months: int) -> Expr:
    if months == 0:
        return Not(IsNull(F("emp_p_alive")))
    return employment_met(months)


def _school_years_at_least(years: int) -> Expr:
    # The engine counts school time in days, a year as 365 (parameter p25a.school_days).
    days = 365 * years
    return between(F("school_days_certain") >= days, F("school_days_possible") >= days)


def _share_at_least(percent: int) -> Expr:
    return F("livelihood_share") >= Lit(percent / 100)


def _static(pairs: list[tuple[Any, Any]]) -> Choices:
    return lambda _authority_id: pairs


def _municipalities(authority_id: int) -> list[tuple[Any, Any]]:
    from wegweiser.accounts.models import Municipality

    return list(Municipality.objects.filter(authority_id=authority_id).order_by("name")
                .values_list("pk", "name"))


def _nationalities(_authority_id: int) -> list[tuple[str, Any]]:
    from wegweiser.cases.nationalities import NATIONALITY_CHOICES

    return [(code, f"{name} ({code})") for code, name in NATIONALITY_CHOICES]


def _status_kinds(_authority_id: int) -> list[tuple[str, Any]]:
    from wegweiser.cases.models import StatusKind

    return list(StatusKind.choices)


def _training_kinds(_authority_id: int) -> list[tuple[str, Any]]:
    from wegweiser.cases.models.facts import TrainingKind

    return [("none", _("keine")), *TrainingKind.choices]


LANGUAGE_LEVELS = {"none": 0, **LEVELS}
LANGUAGE_CHOICES: list[tuple[str, Any]] = [("none", _("keine Kenntnisse nachgewiesen")),
                                           *((code, code) for code in LEVELS)]
# The engine's own order of verdicts (law.engine.verdict.CODES): negative first, then open,
# pending, may, should, entitlement - so "mindestens Kann" means "met now".
VERDICT_LEVELS = {v.value: code for v, code in CODES.items() if v is not Verdict.NOT_IN_FORCE}


def _verdict_choices(_authority_id: int) -> list[tuple[str, Any]]:
    from wegweiser.screening.law_texts import law_text

    return [(value, law_text(VERDICT_TEXT[Verdict(value)])) for value in VERDICT_LEVELS]


PERSON = _("Person")
STAY = _("Aufenthalt und Status")
INTEGRATION = _("Integration")
LIVELIHOOD = _("Lebensunterhalt und Arbeit")
PLACE = _("Wohnort und Herkunft")
SCREENING = _("Ergebnis der Bleiberechtsprüfung")


def _yes_no(key: str, label: Promise, group: Promise, explanation: Promise,
            role: Role = Role.CIRCUMSTANCE) -> Feature:
    return Feature(key, label, group, Kind.YES_NO, explanation, role, value=F(key),
                   choices=_static(list(YES_NO_CHOICES)))


BASE_FEATURES: tuple[Feature, ...] = (
    Feature("age", _("Alter"), PERSON, Kind.NUMBER, _(
        "Vollendete Lebensjahre am Stichtag. Ist nur Monat oder Jahr der Geburt bekannt, gilt "
        "eine Bedingung nur, wenn sie für jeden möglichen Geburtstag zutrifft; sonst ist sie "
        "unbekannt."), at_least=_age_at_least, unknown=IsNull(F("birth_earliest")),
        unit=_("Jahre"), maximum=120, role=Role.PERSONAL),
    _yes_no("identity_clarified", _("Identität geklärt"), PERSON, _(
        "Wie in der Akte erfasst (ja, nein oder unbekannt).")),
    _yes_no("passport_held", _("Pass vorhanden"), PERSON, _("Wie in der Akte erfasst.")),
    _yes_no("has_minor_child", _("Minderjähriges Kind im Haushalt"), PERSON, _(
        "Aus den Familienverknüpfungen (Elternteil, im Haushalt) am Stichtag, wie die Prüfung "
        "für § 25b Abs. 1 Satz 3 AufenthG. Ob die Kinder zur Schule gehen, kennt die Prüfung "
        "nicht. Unbekannt, solange die Kinder nicht als vollständig verknüpft vermerkt sind."),
        Role.PERSONAL),
    Feature("toleration_months", _("Kettenduldung"), STAY, Kind.NUMBER, _(
        "Monate in der aktuellen Kette von Duldungen (§ 60a, § 60c, § 60d) bis zum Stichtag, "
        "gezählt wie in der Prüfung: Zeiten mit Duldung nach § 60b zählen nicht mit, "
        "unterbrechen die Kette aber nicht; kurze Lücken sind unschädlich. Wer heute keine "
        "Duldung hat, hat 0 Monate."), at_least=_chain_at_least("dul", 1),
        unknown=IsNull(F("dul_alive")), unit=_("Monate"), maximum=600),
    Feature("stay_years", _("Ununterbrochener Aufenthalt"), STAY, Kind.NUMBER, _(
        "Jahre ununterbrochen geduldet, gestattet oder mit Aufenthaltserlaubnis bis zum "
        "Stichtag, gezählt wie die Voraufenthaltszeit in der Prüfung (§ 25b Abs. 1, § 104c)."),
        at_least=_chain_at_least("res", 12), unknown=IsNull(F("res_alive")), unit=_("Jahre"),
        maximum=60),
    Feature("current_kind", _("Aktueller Aufenthaltsstatus"), STAY, Kind.CHOICE, _(
        "Status am Stichtag aus den Statuszeiträumen."), role=Role.GROUP,
        value=F("current_kind"), choices=_status_kinds),
    _yes_no("p104c_holder", _("Aufenthaltserlaubnis nach § 104c"), STAY, _(
        "Am Stichtag Inhaber/in einer Aufenthaltserlaubnis nach § 104c AufenthG (auch mit "
        "Fiktionsbescheinigung)."), role=Role.GROUP),
    _yes_no("asylum_pending", _("Asylverfahren anhängig"), STAY, _(
        "Am Stichtag läuft ein Asylverfahren (noch nicht bestandskräftig abgeschlossen)."),
        role=Role.GROUP),
    Feature("lang_oral", _("Deutschkenntnisse mündlich"), INTEGRATION, Kind.LEVEL, _(
        "Höchstes nachgewiesenes Niveau (mündlich oder gesamt) bis zum Stichtag; ohne "
        "erfasste Nachweise unbekannt."), value=F("lang_oral"), levels=LANGUAGE_LEVELS,
        choices=_static(LANGUAGE_CHOICES)),
    Feature("lang_written", _("Deutschkenntnisse schriftlich"), INTEGRATION, Kind.LEVEL, _(
        "Höchstes nachgewiesenes Niveau (schriftlich oder gesamt) bis zum Stichtag."),
        value=F("lang_written"), levels=LANGUAGE_LEVELS, choices=_static(LANGUAGE_CHOICES)),
    Feature("school_years", _("Erfolgreicher Schulbesuch"), INTEGRATION, Kind.NUMBER, _(
        "Jahre erfolgreichen Schulbesuchs im Bundesgebiet bis zum Stichtag (365 Tage je Jahr, "
        "wie für § 25a Abs. 1 Satz 1 Nr. 2). Ist der Erfolg eines Schuljahres unbekannt, kann "
        "die Bedingung unbekannt sein."), at_least=_school_years_at_least,
        unknown=IsNull(F("school_days_possible")), unit=_("Jahre"), maximum=20),
    _yes_no("school_qualification", _("Schulabschluss erworben"), INTEGRATION, _(
        "Ein Schulbesuch mit Abschluss ist bis zum Stichtag beendet.")),
    _yes_no("in_education", _("In Schule, Ausbildung oder Studium"), INTEGRATION, _(
        "Wie eingeschätzt, sonst ja, wenn ein Schulbesuch oder eine Ausbildung am Stichtag "
        "läuft.")),
    Feature("training_kind", _("Berufsausbildung"), INTEGRATION, Kind.CHOICE, _(
        "Die Ausbildung, die am Stichtag läuft oder innerhalb von sechs Monaten beginnt "
        "(§ 60c Abs. 3); „keine“, wenn keine erfasst ist und die Ausbildungen als vollständig "
        "erfasst gelten."), value=F("training_kind"), choices=_training_kinds),
    Feature("employment_months", _("Beschäftigung ohne Unterbrechung"), LIVELIHOOD,
            Kind.NUMBER, _(
                "Monate sozialversicherungspflichtiger Beschäftigung mit der Mindeststundenzahl "
                "des § 60d ohne Unterbrechung bis zum Stichtag, wie in der Prüfung; fehlen "
                "Stunden oder Versicherungspflicht, kann die Bedingung unbekannt sein."),
            at_least=_employment_at_least, unknown=IsNull(F("emp_p_alive")), unit=_("Monate"),
            maximum=600),
    _yes_no("livelihood_secured", _("Lebensunterhalt gesichert"), LIVELIHOOD, _(
        "Nach der letzten Einschätzung bis zum Stichtag (§ 2 Abs. 3 AufenthG).")),
    _yes_no("receives_benefits", _("Bezug öffentlicher Leistungen"), LIVELIHOOD, _(
        "Nach der letzten Einschätzung bis zum Stichtag.")),
    Feature("livelihood_share", _("Anteil eigener Einkünfte am Bedarf"), LIVELIHOOD,
            Kind.NUMBER, _("Nach der letzten Einschätzung bis zum Stichtag, in Prozent."),
            at_least=_share_at_least, unknown=IsNull(F("livelihood_share")),
            unit=_("Prozent"), maximum=1000),
    Feature("municipality", _("Wohnort"), PLACE, Kind.CHOICE, _(
        "Die Gemeinde aus der Akte (kein Merkmal der Prüfung)."), role=Role.GROUP,
        value=F("municipality_id"), choices=_municipalities),
    Feature("nationality", _("Staatsangehörigkeit"), PLACE, Kind.CHOICE, _(
        "Aus der Akte. Erlaubt, aber Vorsicht: Eine Konstellation, die nur nach der "
        "Staatsangehörigkeit unterscheidet – auch zusammen mit Alter oder Kindern im Haushalt "
        "–, wird markiert (siehe Hinweis)."), role=Role.GROUP,
        value=F("nationality"), choices=_nationalities),
)


def _verdict_feature(pathway_id: str, norm: str) -> Feature:
    column = f"verdict:{pathway_id}"
    ordinal = MapValues(F(column), tuple(VERDICT_LEVELS.items()), pl.Int8)
    return Feature(column, norm, SCREENING, Kind.LEVEL, _(
        "Ergebnis im letzten abgeschlossenen Prüflauf (dessen Stichtag gilt). Reihenfolge wie in "
        "der Prüfung: ausgeschlossen/nicht erfüllt, offen, voraussichtlich erfüllt, Kann, Soll, "
        "Anspruch – „mindestens Kann“ heißt „jetzt erfüllt“. Unbekannt, wenn der Lauf kein "
        "Ergebnis hat (Norm nicht in Kraft, Person neu)."), value=ordinal,
        unknown=IsNull(F(column)), levels=VERDICT_LEVELS, choices=_verdict_choices)


FEATURES: dict[str, Feature] = {f.key: f for f in (
    *BASE_FEATURES, *(_verdict_feature(p.id, p.norm) for p in ALL_PATHWAYS))}
VERDICT_PREFIX = "verdict:"


@dataclass(frozen=True)
class Condition:
    """A checked condition: feature, comparison and value(s) in the engine's terms."""

    feature: Feature
    op: Op
    values: tuple[Any, ...] = ()

    def expr(self) -> Expr:
        return condition_expr(self)


def condition_expr(condition: Condition) -> Expr:
    feature, op, values = condition.feature, condition.op, condition.values
    if op is Op.UNKNOWN:
        return feature.unknown_expr()
    if feature.kind is Kind.NUMBER:
        return _number_expr(feature, op, values)
    assert feature.value is not None
    if feature.kind is Kind.LEVEL:
        return _ordered_expr(feature.value, op, tuple(feature.levels[v] for v in values))
    literal = Lit(values[0])
    equal = feature.value.eq(literal)
    return equal if op is Op.EQ else Not(equal)


def _number_expr(feature: Feature, op: Op, values: tuple[Any, ...]) -> Expr:
    assert feature.at_least is not None
    at_least = feature.at_least

    def at_most(n: int) -> Expr:
        return Not(at_least(n + 1))

    if op is Op.GE:
        return at_least(values[0])
    if op is Op.LE:
        return at_most(values[0])
    if op is Op.BETWEEN:
        return And(at_least(values[0]), at_most(values[1]))
    equal = And(at_least(values[0]), at_most(values[0]))
    return equal if op is Op.EQ else Not(equal)


def _ordered_expr(value: Expr, op: Op, levels: tuple[int, ...]) -> Expr:
    if op is Op.GE:
        return value >= levels[0]
    if op is Op.LE:
        return value <= levels[0]
    if op is Op.BETWEEN:
        return And(value >= levels[0], value <= levels[1])
    equal = value.eq(levels[0])
    return equal if op is Op.EQ else Not(equal)


def constellation_expr(conditions: list[Condition]) -> Expr:
    """The conjunction (Kleene AND) of the conditions, as one engine expression."""
    return And(*(c.expr() for c in conditions))


def columns_of(conditions: list[Condition]) -> set[str]:
    return set().union(*(c.expr().features() for c in conditions)) if conditions else set()


def engine_columns() -> set[str]:
    """Every column any offered condition can read (the frame keeps just these)."""
    needed: set[str] = set()
    for feature in FEATURES.values():
        for op in feature.ops:
            sample = _sample_values(feature, op)
            needed |= condition_expr(Condition(feature, op, sample)).features()
    return needed


def _sample_values(feature: Feature, op: Op) -> tuple[Any, ...]:
    if op is Op.UNKNOWN:
        return ()
    if feature.kind is Kind.NUMBER:
        return (1, 2)
    if feature.kind is Kind.LEVEL:
        first = next(iter(feature.levels))
        return (first, first)
    return ("x",)
