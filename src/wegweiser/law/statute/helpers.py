"""Building blocks for criteria: durations, ages, criminal thresholds (as expressions)."""

from __future__ import annotations

from wegweiser.law.engine.expr import (
    AS_OF,
    NO_DATE,
    AddDays,
    AddMonths,
    And,
    Expr,
    F,
    Lit,
    Not,
    Or,
    Par,
    Plus,
    When,
    between,
)


def reached_date(chain: str, months: int | str, scale: int = 1) -> Expr:
    """Day `months` of counted time are complete in the current chain (timeline.py)."""
    return AddDays(AddMonths(F(f"{chain}_start"), months, scale), F(f"{chain}_paused"))


def duration_met(chain: str, months: int | str, scale: int = 1) -> Expr:
    """The chain reaches the as-of date and holds `months` of counted time by then."""
    return And(F(f"{chain}_alive"), reached_date(chain, months, scale) <= AS_OF)


def duration_met_on(chain: str, months: int | str, scale: int = 1) -> Expr:
    """Projection: only while the clock runs (a paused or broken chain projects nothing)."""
    return When(F(f"{chain}_running"), reached_date(chain, months, scale), NO_DATE)


def employment_met(months: int | str, prefix: str = "emp") -> Expr:
    """Qualifying employment for `months`: certain chain -> met; not even possible -> not met."""
    return between(duration_met(f"{prefix}_c", months), duration_met(f"{prefix}_p", months))


def employment_met_on(months: int | str, prefix: str = "emp") -> Expr:
    """When the jobs known to qualify reach `months` (the latest possible day)."""
    return duration_met_on(f"{prefix}_c", months)


def employment_met_on_best(months: int | str, prefix: str = "emp") -> Expr:
    """When the jobs that may qualify reach `months` (the earliest possible day)."""
    return duration_met_on(f"{prefix}_p", months)


def birthday(years: str, bound: str) -> Expr:
    """The birthday (parameter `years`) of the earliest/latest possible birth day."""
    return AddMonths(F(f"birth_{bound}"), years, 12)


def age_at_least(years: str) -> Expr:
    """Certainly at least that old -> met; certainly younger -> not met; else unknown."""
    return between(birthday(years, "latest") <= AS_OF, birthday(years, "earliest") <= AS_OF)


def younger_than(years: str) -> Expr:
    return between(birthday(years, "earliest") > AS_OF, birthday(years, "latest") > AS_OF)


def _fines_ok(bound: str, juvenile_counts: bool) -> Expr:
    gen, foreign = F(f"crim_ts_gen_{bound}"), F(f"crim_ts_for_{bound}")
    total = Plus(gen, foreign)
    general_max, foreign_max = Par("fine.general"), Par("fine.foreigner")
    strict = Or(total <= general_max, And(gen.eq(0), foreign <= foreign_max))
    combined = And(gen <= general_max, total <= foreign_max)
    fines = When(Par("policy.mixed_fines_rule").eq("combined"), combined, strict)
    parts = [Not(F(f"crim_prison_{bound}")), fines]
    if juvenile_counts:
        parts.append(Not(F(f"crim_juvenile_{bound}")))
    return And(*parts)


def fines_rule(juvenile_counts: bool = True) -> Expr:
    """No conviction for an intentional offence beyond the 50/90-Tagessätze allowance.

    § 104c Abs. 1 Nr. 2 also ignores juvenile-law sanctions other than Jugendstrafe
    (`juvenile_counts=False`); § 19d Abs. 1 Nr. 7 and § 25a Abs. 3 do not.
    """
    return between(_fines_ok("max", juvenile_counts), _fines_ok("min", juvenile_counts))


def crime_clear_on() -> Expr:
    """Projection for crime criteria: the day the last relevant conviction is erased."""
    return F("crim_clear_on")


def absent(name: str) -> Expr:
    """A finding against the person (deception, entry ban, ...) that must be known absent."""
    return Not(F(name))


TRUE = Lit(True)
