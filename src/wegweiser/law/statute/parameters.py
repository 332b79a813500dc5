"""Dated legal parameters and the per-authority policy settings.

A `DatedParam` holds one value per start date with its legal reference, so any past date can
be evaluated.  Where the start date itself is uncertain ([?] in the spec), the version names a
`Policy` field instead of a fixed date.  `Policy` collects every point the office must decide
or verify before go-live; defaults are the conservative reading.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from typing import Any

from wegweiser.law.statute.texts import gettext_noop


@dataclass(frozen=True)
class Policy:
    """Per-authority settings for points the statute/spec leaves open (documented in docs/law)."""

    # § 60d new version (12 months / 20 h, entry <= 31.12.2022): RückVerbG 27.02.2024 or
    # FEG 01.03.2024? [?] - spec 3.6.
    p60d_new_version_from: date = date(2024, 3, 1)
    # Old § 104c: may applications filed before 31.12.2025 still be granted? [?] - spec 3.4.
    p104c_pending_applications_grantable: bool = False
    # Harmless interruption of "ununterbrochen" residence (BMI-Anwendungshinweise, not statute).
    gap_tolerance_months: int = 3
    # Interruptions tolerated in "seit x Monaten beschäftigt" (§ 60d, § 19d); statute: none.
    employment_gap_tolerance_months: int = 0
    # 50/90-Tagessätze rule with mixed fines: "strict" = 90 only if *all* fines are for
    # foreigner-specific offences; "combined" = general fines <= 50 and total <= 90.
    mixed_fines_rule: str = "strict"
    # § 25b Abs. 1 Satz 2 Nr. 3: share of the need covered by own work that counts as
    # "überwiegend" (BMI practice: more than half).
    livelihood_mostly_share: float = 0.5
    # Date from which the GEAS reform may have changed § 10 Abs. 3 Satz 2 [?]; only flagged.
    geas_applicable_from: date = date(2026, 6, 12)
    # BVerwG 1 C 13.23 frees minors under 16 from the declaration on the free democratic basic
    # order under § 104c; the same reasoning (the age of § 10 Abs. 1 Satz 2, § 37 StAG) fits
    # the declaration of § 25b Abs. 1 Satz 2 Nr. 2 (also for children, Abs. 4) [?].
    fdgo_minors_exempt_in_25b: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


DEFAULT_POLICY = Policy()


def start_date(start: date | str, policy: Policy = DEFAULT_POLICY) -> date:
    """A version's first day: a fixed date, or the date held by the named Policy field."""
    if isinstance(start, date):
        return start
    value = getattr(policy, start)
    assert isinstance(value, date)
    return value


@dataclass(frozen=True)
class Version:
    start: date | str  # a date, or the name of a Policy field holding the date
    value: Any
    reference: str

    def start_date(self, policy: Policy) -> date:
        return start_date(self.start, policy)


@dataclass(frozen=True)
class DatedParam:
    name: str
    label: str
    versions: tuple[Version, ...]

    def at(self, day: date, policy: Policy = DEFAULT_POLICY) -> Any:
        """Value in force on `day` (None before the first version)."""
        current = None
        for version in sorted(self.versions, key=lambda v: v.start_date(policy)):
            if version.start_date(policy) <= day:
                current = version.value
        return current


def _p(name: str, label: str, *versions: tuple[date | str, Any, str]) -> DatedParam:
    return DatedParam(name, label, tuple(Version(*v) for v in versions))


CHANCEN = "Gesetz zur Einführung eines Chancen-Aufenthaltsrechts v. 21.12.2022 (BGBl. I S. 2847)"
BLEIBERECHT_2015 = "Gesetz zur Neubestimmung des Bleiberechts v. 27.07.2015 (BGBl. I S. 1386)"
DULDUNG_2019 = "Gesetz über Duldung bei Ausbildung und Beschäftigung (BGBl. I 2019 S. 1021)"
FEG_2023 = "FEG 2023 (BGBl. 2023 I Nr. 217) i.d.F. RückVerbG"

PARAMS: tuple[DatedParam, ...] = (
    _p("gap_months", gettext_noop("Unschädliche Unterbrechung (Monate)"),
       (date(2005, 1, 1), "policy:gap_tolerance_months", "BMI-Anwendungshinweise § 25b")),
    _p("p25b.years", gettext_noop("§ 25b Abs. 1 Satz 2 Nr. 1: Voraufenthalt (Jahre)"),
       (date(2015, 8, 1), 8, BLEIBERECHT_2015), (date(2022, 12, 31), 6, CHANCEN)),
    _p("p25b.years_with_child", gettext_noop("§ 25b Abs. 1 Satz 2 Nr. 1: Voraufenthalt mit minderj. Kind"),
       (date(2015, 8, 1), 6, BLEIBERECHT_2015), (date(2022, 12, 31), 4, CHANCEN)),
    _p("p25b.p60d_months", gettext_noop("§ 25b Abs. 6: Besitz der Beschäftigungsduldung (Monate)"),
       (date(2020, 1, 1), 30, DULDUNG_2019)),
    _p("p25a.years", gettext_noop("§ 25a Abs. 1 Satz 1 Nr. 1/2: Aufenthalt und Schulbesuch (Jahre)"),
       (date(2015, 8, 1), 4, BLEIBERECHT_2015), (date(2022, 12, 31), 3, CHANCEN)),
    _p("p25a.school_days", gettext_noop("§ 25a Abs. 1 Satz 1 Nr. 2: Schulbesuch (Tage, Jahre x 365)"),
       (date(2015, 8, 1), 4 * 365, BLEIBERECHT_2015), (date(2022, 12, 31), 3 * 365, CHANCEN)),
    _p("p25a.max_age", gettext_noop("§ 25a Abs. 1 Satz 1 Nr. 3: Antrag vor Vollendung des ... Lebensjahres"),
       (date(2015, 8, 1), 21, BLEIBERECHT_2015), (date(2022, 12, 31), 27, CHANCEN)),
    _p("p25a.min_age", gettext_noop("§ 25a Abs. 1: Jugendlicher ab (Jahre, § 1 Abs. 2 JGG)"),
       (date(2015, 8, 1), 14, "§ 1 Abs. 2 JGG")),
    _p("p25a.duldung_months", gettext_noop("§ 25a Abs. 1 Satz 1: Besitz einer Duldung seit (Monate)"),
       (date(2015, 8, 1), 0, BLEIBERECHT_2015), (date(2022, 12, 31), 12, CHANCEN)),
    _p("p104c.privileges", gettext_noop("§ 25a Abs. 5-6, § 25b Abs. 7-8 für § 104c-Inhaber anwendbar"),
       (date(2022, 12, 31), True, CHANCEN),
       (date(2027, 7, 1), False, "Chancen-Gesetz Art. 5 i.d.F. 2025 (Ausschussdrs. 21(4)110)")),
    _p("p104c.open", gettext_noop("§ 104c a.F.: Neuerteilung möglich"),
       (date(2022, 12, 31), True, CHANCEN),
       (date(2025, 12, 31), False, "Chancen-Gesetz Art. 5: § 104c n.F. Übergangsregelung")),
    _p("p104c.years", gettext_noop("§ 104c Abs. 1: am 31.10.2022 seit ... Jahren"),
       (date(2022, 12, 31), 5, CHANCEN)),
    _p("fine.general", gettext_noop("Geldstrafen insgesamt bis ... Tagessätze"),
       (date(2005, 1, 1), 50, "§ 104c Abs. 1 Nr. 2, § 19d Abs. 1 Nr. 7")),
    _p("fine.foreigner", gettext_noop("Geldstrafen für ausländerspezifische Delikte bis ... Tagessätze"),
       (date(2005, 1, 1), 90, "§ 104c Abs. 1 Nr. 2, § 19d Abs. 1 Nr. 7")),
    _p("p25_5.months", gettext_noop("§ 25 Abs. 5 Satz 2: Abschiebung ausgesetzt seit (Monate)"),
       (date(2005, 1, 1), 18, "Zuwanderungsgesetz 2004")),
    _p("p60c.duldung_months", gettext_noop("§ 60c Abs. 2 Nr. 2: Vorduldung (Monate)"),
       (date(2020, 1, 1), 3, DULDUNG_2019)),
    _p("p60d.duldung_months", gettext_noop("§ 60d Abs. 1 Nr. 2: Duldung seit (Monate)"),
       (date(2020, 1, 1), 12, DULDUNG_2019), ("p60d_new_version_from", 12, FEG_2023)),
    _p("p60d.employment_months", gettext_noop("§ 60d Abs. 1 Nr. 3: Beschäftigung seit (Monate)"),
       (date(2020, 1, 1), 18, DULDUNG_2019), ("p60d_new_version_from", 12, FEG_2023)),
    _p("p60d.hours", gettext_noop("§ 60d Abs. 1 Nr. 3: Wochenstunden mindestens"),
       (date(2020, 1, 1), 35, DULDUNG_2019), ("p60d_new_version_from", 20, FEG_2023)),
    _p("p60d.identity_by", gettext_noop("§ 60d Abs. 1 Nr. 1: Identität geklärt bis (Einreise ab 2017)"),
       (date(2020, 1, 1), date(2020, 6, 30), DULDUNG_2019),
       ("p60d_new_version_from", date(2024, 12, 31), FEG_2023)),
    _p("p60d.entry_by", gettext_noop("§ 60d Abs. 1: Einreise bis"),
       (date(2020, 1, 1), date(2018, 8, 1), DULDUNG_2019),
       ("p60d_new_version_from", date(2022, 12, 31), FEG_2023)),
    _p("p19d.foreign_degree_months", gettext_noop("§ 19d Abs. 1 Nr. 1 b: Beschäftigung (Monate)"),
       (date(2020, 3, 1), 24, "FEG 2019")),
    _p("p19d.qualified_work_months", gettext_noop("§ 19d Abs. 1 Nr. 1 c: Beschäftigung (Monate)"),
       (date(2020, 3, 1), 36, "FEG 2019")),
    _p("minor_age", gettext_noop("Volljährigkeit (Jahre)"), (date(1975, 1, 1), 18, "§ 2 BGB")),
    _p("fdgo.exempt_below_age", gettext_noop("Bekenntnis zur fdGO nicht verlangt unter (Jahre)"),
       (date(2005, 1, 1), 0, "Wortlaut: von jedem verlangt"),
       (date(2025, 2, 27), 16, "BVerwG, Urt. v. 27.02.2025 – 1 C 13.23")),
)

PARAMS_BY_NAME = {p.name: p for p in PARAMS}

# Day on which a pathway's norm (in the modelled form) is in force: (first day, last day | None).
IN_FORCE: dict[str, tuple[date, date | None]] = {
    "p25_5": (date(2005, 1, 1), None),
    "p25a": (date(2015, 8, 1), None),
    "p25b": (date(2015, 8, 1), None),
    "p25b_4": (date(2015, 8, 1), None),
    "p25b_6": (date(2020, 1, 1), None),
    "p25a_2": (date(2015, 8, 1), None),
    "p19d_1a": (date(2020, 3, 1), None),
    "p104c": (date(2022, 12, 31), None),
    "p60c": (date(2020, 1, 1), None),
    "p60d": (date(2020, 1, 1), None),
    "p16g": (date(2024, 3, 1), None),
    "p19d": (date(2020, 3, 1), None),
    "p23a": (date(2005, 1, 1), None),
}


def latest_value(name: str) -> Any:
    """The parameter's newest value (policy references resolved with the defaults)."""
    value = PARAMS_BY_NAME[name].versions[-1].value
    if isinstance(value, str) and value.startswith("policy:"):
        value = getattr(DEFAULT_POLICY, value.removeprefix("policy:"))
    return value


@lru_cache(maxsize=256)
def resolve(as_of: date, policy: Policy = DEFAULT_POLICY) -> dict[str, Any]:
    """All parameter values in force on `as_of`, plus the policy settings (prefixed)."""
    values: dict[str, Any] = {}
    for param in PARAMS:
        value = param.at(as_of, policy)
        if isinstance(value, str) and value.startswith("policy:"):
            value = getattr(policy, value.removeprefix("policy:"))
        values[param.name] = value
    for key, value in policy.as_dict().items():
        values[f"policy.{key}"] = value
    return values
