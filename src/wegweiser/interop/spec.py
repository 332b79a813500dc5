"""What a case file consists of, once: shared by the JSON format, CSV/XLSX and the importer."""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from django.db import models
from django.utils.translation import gettext as _

from wegweiser.cases.models import (
    Conviction,
    CooperationStep,
    Employment,
    LanguageCertificate,
    LivelihoodRecord,
    SchoolRecord,
    StatusPeriod,
    TrainingRecord,
)
from wegweiser.law.statute import declarations

# 1.1 adds the office's legal assessment ("assessment"); 1.2 the applications with the office's
# decisions and their approvals ("applications"); 1.3 the § 23a petitions to the hardship
# commission ("hardship_petitions"). Files of 1.0 to 1.2 still import.
FORMAT_VERSION = "1.3"
READABLE_VERSIONS = ("1.0", "1.1", "1.2", "1.3")

# Person attributes the exchange format carries one to one (JSON key = model field name).
PERSON_TEXT = ["file_number", "azr_number", "family_name", "given_names", "nationality", "sex",
               "facts_note"]
PERSON_DATES = ["entry_date", "identity_clarified_since"]
PERSON_TRI_STATE = ["identity_clarified", "passport_held", "entry_ban_in_force",
                    "fdgo_declaration", "deception_finding", "obstruction_finding"]
PERSON_FLAGS = ["criminal_record_known"]

PERIOD_FIELDS = ["kind", "start", "end", "legal_basis", "azr_reason_code", "note"]
# The legal assessment: every declared fact (law/statute/declarations.py), the note and the evidence.
ASSESSMENT_FACTS = [f.name for f in declarations.ASSESSMENT]
ASSESSMENT_FIELDS = [*ASSESSMENT_FACTS, "note", "evidence"]
CRIMINAL_ASSESSMENT = {f.name for f in declarations.ASSESSMENT if f.criminal}
ASYLUM_FIELDS = ["application_date", "decision_date", "outcome", "manifestly_unfounded_ground",
                 "final_date", "withdrawal_date", "evidence"]


@dataclass(frozen=True)
class Collection:
    """A list of dated records of one kind on a person (facts with evidence)."""

    key: str  # JSON key inside "facts"
    model: type[models.Model]
    related_name: str
    fields: list[str]
    criminal: bool = False


COLLECTIONS = {
    c.key: c
    for c in [
        Collection("language_certificates", LanguageCertificate, "language_certificates",
                   ["level", "scope", "issued", "evidence"]),
        Collection("school_records", SchoolRecord, "school_records",
                   ["start", "end", "school", "qualification", "successful", "evidence"]),
        Collection("training_records", TrainingRecord, "training_records",
                   ["start", "end", "occupation", "kind", "contract_registered", "completed",
                    "bottleneck_commitment", "employer", "evidence"]),
        Collection("employments", Employment, "employments",
                   ["start", "end", "hours_per_week", "social_insurance", "qualified", "employer",
                    "evidence"]),
        Collection("livelihood", LivelihoodRecord, "livelihood",
                   ["assessed_on", "own_earnings_share", "receives_benefits", "benefits_from",
                    "benefits_to", "evidence"]),
        Collection("cooperation_steps", CooperationStep, "cooperation",
                   ["date", "description", "evidence"]),
        Collection("convictions", Conviction, "convictions",
                   ["date", "offence", "daily_rates", "months", "suspended", "juvenile",
                    "foreigner_specific", "intentional", "erasure_date", "evidence"],
                   criminal=True),
    ]
}
PERIODS = Collection("status_periods", StatusPeriod, "status_periods", PERIOD_FIELDS)


@dataclass
class ParsedCase:
    """One person as read from a file, before it touches the database.

    `person` holds model attributes; only those given in the file are compared and written,
    so a column that a file lacks leaves the stored value alone. A collection that is None
    was not part of the file and stays untouched, too.
    """

    source: int  # line (CSV/XLSX) or case number (JSON) for the report
    person: dict
    periods: list[dict] | None = None
    collections: dict[str, list[dict]] = field(default_factory=dict)
    asylum: dict | None = None
    asylum_given: bool = False
    assessment: dict | None = None  # only the keys the file gives (others stay as stored)
    family: list[tuple[str, str, bool]] | None = None  # (relation, file_number, in household)
    # Applications with decision and approvals (interop.applications); None: not in the file.
    applications: list[dict] | None = None
    # § 23a petitions (interop.petitions); None: not in the file.
    petitions: list[dict] | None = None

    @property
    def file_number(self) -> str:
        return self.person["file_number"]


def model_value_problem(model, name: str, value) -> str | None:
    """What the database would refuse about this value (length, choices, required, range)."""
    model_field = model._meta.get_field(name)
    if value is None or value == "":
        if not (model_field.null or model_field.blank):
            return _("Pflichtangabe fehlt.")
        return None
    if isinstance(value, str) and model_field.max_length and len(value) > model_field.max_length:
        return _("Zu lang (höchstens %(n)s Zeichen).") % {"n": model_field.max_length}
    if model_field.choices and value not in _allowed(model, name):
        allowed = ", ".join(sorted(_allowed(model, name)))
        return _("Nicht erlaubter Wert; erlaubt sind: %(values)s.") % {"values": allowed}
    if isinstance(model_field, models.PositiveSmallIntegerField) and not 0 <= value <= 32767:
        return _("Die Zahl liegt außerhalb des erlaubten Bereichs.")
    if isinstance(model_field, models.DecimalField):
        return _decimal_problem(model_field, value)
    return None


@cache
def _allowed(model, name: str) -> frozenset[str]:
    return frozenset(str(k) for k, _label in model._meta.get_field(name).flatchoices)


def _decimal_problem(model_field, value: Decimal) -> str | None:
    limit = Decimal(10) ** (model_field.max_digits - model_field.decimal_places)
    if abs(value) >= limit:
        return _("Die Zahl ist zu groß.")
    return None


def signature(rows, fields: list[str]) -> Counter[tuple]:
    """An order-free fingerprint of a list of records, to see whether anything changed.

    A multiset (Counter) rather than a sorted list: sorting needed key=repr because values
    of one field may not be mutually orderable, and repr of dates and Decimals dominated the
    time of a re-import. Equal multisets mean equal lists of records, in any order.
    """
    return Counter(tuple(_comparable(r[f]) for f in fields) for r in rows)


def _comparable(value):
    if isinstance(value, Decimal):
        return value.normalize()
    if isinstance(value, str):
        return str(value)  # choices enums and plain strings compare alike
    return "" if value is None else value
