"""Plain case facts: what the office knows about one person, as frozen dataclasses.

Every fact is optional: ``None`` means *unknown* and is carried through the engine as UNKNOWN,
never silently as "no" or zero.  Collections are ``None`` when unknown and ``()`` when known
to be empty (e.g. ``convictions=()`` = clean record, ``convictions=None`` = not checked).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal

Precision = Literal["day", "month", "year"]
AsylumOutcome = Literal[
    "recognised",
    "subsidiary",
    "deportation_ban",
    "rejected",
    "rejected_manifestly_unfounded",
    "withdrawn",
    "pending",
]
LanguageLevel = Literal["A1", "A2", "B1", "B2", "C1", "C2"]
LanguageScope = Literal["oral", "written", "full"]
# care_aid: state-recognised Pflegehilfe training (an assistant training; § 19d Abs. 1 Nr. 1 a
# counts it since 01.03.2024, other assistant trainings not)
TrainingKind = Literal["qualified", "assistant", "care_aid", "other"]


class StatusKind(StrEnum):
    GESTATTUNG = "gestattung"
    DULDUNG = "duldung"
    DULDUNG_60B = "duldung_60b"
    DULDUNG_60C = "duldung_60c"
    DULDUNG_60D = "duldung_60d"
    RESIDENCE_PERMIT = "residence_permit"
    SETTLEMENT_PERMIT = "settlement_permit"
    FICTION_CERTIFICATE = "fiction_certificate"
    NONE = "none"


DULDUNG_KINDS = frozenset(
    {StatusKind.DULDUNG, StatusKind.DULDUNG_60B, StatusKind.DULDUNG_60C, StatusKind.DULDUNG_60D}
)


@dataclass(frozen=True)
class StatusPeriod:
    """One residence status interval; ``end=None`` means it still runs. Both days inclusive."""

    kind: StatusKind
    start: date
    end: date | None = None
    legal_basis: str = ""  # for residence_permit / fiction_certificate: "§ 104c", "§ 25b", ...
    azr_reason_code: str = ""


@dataclass(frozen=True)
class AsylumProcedure:
    application_date: date | None = None
    decision_date: date | None = None
    outcome: AsylumOutcome | None = None
    # e.g. "§ 30 Abs. 1 Nr. 3 AsylG" (since 2024) or "§ 30 Abs. 3 Nr. 2 AsylG" (old numbering)
    manifestly_unfounded_ground: str = ""
    final_date: date | None = None  # Bestandskraft / Unanfechtbarkeit
    withdrawal_date: date | None = None


@dataclass(frozen=True)
class LanguageCertificate:
    level: LanguageLevel
    scope: LanguageScope
    issued: date


@dataclass(frozen=True)
class SchoolRecord:
    """School attendance in Germany; record whole school years (holidays included)."""

    start: date
    end: date | None
    kind: str = ""
    qualification: str | None = None  # school-leaving or vocational qualification acquired
    successful: bool | None = None


@dataclass(frozen=True)
class TrainingRecord:
    start: date
    end: date | None
    kind: TrainingKind = "qualified"
    completed: bool | None = None
    # assistant training: commitment for a qualified training in a bottleneck occupation
    bottleneck_commitment: bool | None = None
    contract_registered: bool | None = None


@dataclass(frozen=True)
class Employment:
    start: date
    end: date | None
    hours_per_week: float | None = None
    social_insurance: bool | None = None
    qualified: bool | None = None  # qualified employment in the sense of § 2 Abs. 12b


Day = date  # alias: Conviction has a field called "date"


@dataclass(frozen=True)
class Conviction:
    date: Day
    daily_rates: int | None = None  # Tagessätze of a fine
    months: float | None = None  # Freiheitsstrafe / Jugendstrafe in months
    suspended: bool | None = None
    foreigner_specific: bool | None = None  # offence only foreigners can commit (AufenthG/AsylG)
    intentional: bool | None = None
    juvenile_sanction_only: bool | None = None  # juvenile-law measure that is not Jugendstrafe
    erasure_date: Day | None = None  # BZR Tilgung (stored, not recomputed)
    youth_sentence: bool | None = None  # the months are Jugendstrafe, not Freiheitsstrafe


@dataclass(frozen=True)
class CaseFacts:
    person_id: str
    birth_date: date | None = None
    birth_date_precision: Precision = "day"
    entry_date: date | None = None
    nationality: str | None = None  # ISO 3166-1 alpha-3 as recorded (Kosovo: XKX)
    status_periods: tuple[StatusPeriod, ...] | None = None
    asylum_applied: bool | None = None
    asylum: AsylumProcedure | None = None
    language_certificates: tuple[LanguageCertificate, ...] | None = None
    school: tuple[SchoolRecord, ...] | None = None
    training: tuple[TrainingRecord, ...] | None = None
    employments: tuple[Employment, ...] | None = None
    livelihood_share_own_earnings: float | None = None  # 0..1 of the need covered by own work
    livelihood_secured: bool | None = None  # § 2 Abs. 3: fully, without public funds
    receives_benefits: bool | None = None
    in_education: bool | None = None  # school, vocational training or university right now
    identity_clarified: bool | None = None
    identity_clarified_since: date | None = None
    identity_steps_taken: bool | None = None  # all reasonable steps to clarify identity taken
    passport_held: bool | None = None
    cooperation_fulfilled: bool | None = None
    convictions: tuple[Conviction, ...] | None = None
    spouse_criminal_record_clean: bool | None = None  # § 60d Abs. 1 Nr. 7: office's answer
    # The spouse's convictions from the spouse's own case file (record evaluated); None:
    # no linked spouse with an evaluated record.
    spouse_convictions: tuple[Conviction, ...] | None = None
    entry_ban_in_force: bool | None = None  # § 11 Einreise- und Aufenthaltsverbot
    expulsion_order: bool | None = None  # Ausweisungsverfügung exists
    deportation_order_58a: bool | None = None
    security_threat: bool | None = None  # § 54 Abs. 1 Nr. 2 or 4 (terror, political violence)
    extremism_indications: bool | None = None  # § 19d Abs. 1 Nr. 6, § 60d Abs. 1 Nr. 8
    fdgo_declaration: bool | None = None  # Bekenntnis zur fdGO (and basic knowledge, § 25b)
    deception_finding: bool | None = None  # false statements / identity deception (past)
    deception_causal_now: bool | None = None  # suspension of deportation rests on it now
    obstruction_finding: bool | None = None  # currently prevents/delays removal (§ 25b Abs. 2)
    expulsion_interest: bool | None = None  # any Ausweisungsinteresse (§ 5 Abs. 1 Nr. 2)
    expulsion_interest_serious: bool | None = None  # § 54 Abs. 1 or Abs. 2 Nr. 1-2
    minor_children_birth_dates: tuple[date, ...] | None = None  # living in the household
    # Married or in a registered partnership: True (a spouse is known), False (known to be
    # none), None (unknown) - a missing link alone does not mean "no spouse".
    has_spouse: bool | None = None
    school_attendance_proof: bool | None = None  # for children of school age
    integration_prognosis_positive: bool | None = None  # § 25a Abs. 1 Nr. 4
    illness_or_disability: bool | None = None  # § 25a Nr. 2, § 25b Abs. 3 waiver grounds
    departure_impossible: bool | None = None  # § 25 Abs. 5: legal or factual impossibility
    obstacle_lasting: bool | None = None  # not expected to cease in the foreseeable future
    departure_obstacle_self_caused: bool | None = None  # § 25 Abs. 5 Satz 3-4
    national_deportation_ban: bool | None = None  # § 60 Abs. 5/7 established -> § 25 Abs. 3
    housing_sufficient: bool | None = None
    integration_course_fulfilled: bool | None = None  # § 60d Abs. 1 Nr. 11
    children_requirements_met: bool | None = None  # § 60d Abs. 1 Nr. 10
    removal_measures_imminent: bool | None = None  # § 60c Abs. 2 Nr. 5
    employment_ban_60a6: bool | None = None  # § 60a Abs. 6
    return_date_fixed: bool | None = None  # § 23a / HFKVO § 5 Abs. 2
    resides_in_nrw: bool | None = None
    title_obtainable_elsewhere: bool | None = None  # HFKVO § 5 Abs. 2
    p104c_application_date: date | None = None  # application filed under old § 104c
    family_of_25a_holder: bool | None = None  # parent/spouse/child of a § 25a beneficiary
    family_of_25b_holder: bool | None = None  # spouse/minor child of a § 25b beneficiary
    foreign_degree_recognised: bool | None = None  # § 19d Abs. 1 Nr. 1 b
    degree_in_germany: bool | None = None  # German university degree, § 19d Abs. 1 Nr. 1 a
