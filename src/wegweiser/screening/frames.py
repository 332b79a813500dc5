"""Raw case-file tables (from the database or an exchange file) -> the law's FactFrames.

All mapping rules from the case file to the law's facts live here, once, as Polars
expressions; the single-case page and the batch run both go through this module, so they
cannot disagree.  The rules ("unknown stays unknown"):

* A collection without rows is *unknown*, not "none": status periods, language
  certificates, school, training and employment records.  (The case page says the same:
  "Nichts erfasst – das bedeutet: unbekannt".)  Training, employment and school are also
  known - as "none" - when the assessment says the list is complete (``training_complete``,
  ``employment_complete``, ``school_complete``).
* Convictions are known only when ``criminal_record_known`` is set; then no rows = clean.
* Asylum: a recorded procedure means "applied"; without one, the assessment's
  ``asylum_applied`` decides (no = never applied, empty = unknown).  The outcomes
  "unzulässig" and an empty outcome are unknown to the law (manual check).
* Spouse (§ 60d Abs. 1 Nr. 7): a spouse link (either direction) means "married"; without one
  the assessment's ``has_spouse`` says yes, no or unknown.  The spouse's convictions come from
  the spouse's own case file when its record was evaluated ("Strafregister ausgewertet").
* Children: the household's children come from family links (parent, living in the
  household).  No links count as "no children" only if the assessment says the links are
  complete; a linked child without birth date makes the children unknown.
* Livelihood: the latest assessment on or before the as-of date.  Secured (§ 2 Abs. 3) if
  the own earnings cover 100 % and no benefits are drawn; drawing benefits = not secured.
* In education: the assessment, else "yes" if a school or training record runs on the date.
* Training: kind (empty = unknown), completion, bottleneck commitment and registration one to
  one, unknown stays unknown.
* School: attended successfully (Versetzung/Abschluss, § 25a Abs. 1 Satz 1 Nr. 2) one to one,
  unknown stays unknown.
* Employment: qualified employment (§ 2 Abs. 12b, for § 19d Abs. 1 Nr. 1 b/c) one to one,
  unknown stays unknown.
* Convictions: "nach Jugendstrafrecht" with months = Jugendstrafe; without months or fine =
  juvenile-law measure only.  Intent one to one; unknown intent makes the law count best and
  worst case.
* Legal basis "§ 104c AufenthG" is normalised to "§ 104c" (the law compares norm names).
* A Fiktionsbescheinigung under § 81 Abs. 4 (or without basis) right after a residence permit
  carries that permit's legal basis: the permit is deemed to continue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl

from wegweiser.law.engine.frames import COLLECTIONS, FactFrames, _schema, person_schema
from wegweiser.law.statute import declarations
from wegweiser.law.statute.declarations import Type

S, D, B, N, F = pl.String, pl.Date, pl.Boolean, pl.Int64, pl.Float64
PERSON_FIELDS: dict[str, Any] = {
    "person_id": S, "file_number": S, "birth_date": D, "birth_date_precision": S,
    "entry_date": D, "nationality": S, "identity_clarified": B, "identity_clarified_since": D,
    "passport_held": B,
    "entry_ban_in_force": B, "fdgo_declaration": B, "deception_finding": B,
    "obstruction_finding": B, "criminal_record_known": B, "duldung_chain_since": D,
}
ASSESSMENT_FIELDS: dict[str, Any] = {
    f.name: (D if f.type is Type.DATE else B) for f in declarations.ASSESSMENT}
RAW_SCHEMAS: dict[str, dict[str, Any]] = {
    "persons": {**PERSON_FIELDS, **ASSESSMENT_FIELDS},
    "periods": {"person_id": S, "kind": S, "start": D, "end": D, "legal_basis": S,
                "azr_reason_code": S},
    "asylum": {"person_id": S, "application_date": D, "decision_date": D, "outcome": S,
               "manifestly_unfounded_ground": S, "final_date": D, "withdrawal_date": D},
    "language": {"person_id": S, "level": S, "scope": S, "issued": D},
    "school": {"person_id": S, "start": D, "end": D, "school": S, "qualification": S,
               "successful": B},
    "training": {"person_id": S, "start": D, "end": D, "kind": S, "completed": B,
                 "bottleneck_commitment": B, "contract_registered": B},
    "employment": {"person_id": S, "start": D, "end": D, "hours_per_week": F,
                   "social_insurance": B, "qualified": B},
    "livelihood": {"person_id": S, "assessed_on": D, "own_earnings_share": N,
                   "receives_benefits": B},
    "convictions": {"person_id": S, "date": D, "daily_rates": N, "months": F, "suspended": B,
                    "juvenile": B, "foreigner_specific": B, "erasure_date": D,
                    "intentional": B},
    "family": {"person_id": S, "relation": S, "relative_id": S, "living_in_household": B,
               "relative_birth_date": D, "relative_record_known": B},
}
# The spouses' convictions (person_id = the spouse): the database reads them for the linked
# spouses of the screened persons, an exchange file has them among its own cases.
RAW_SCHEMAS["relative_convictions"] = RAW_SCHEMAS["convictions"]
# A collection without rows is known - as "none" - when the assessment says it is complete.
COMPLETE = declarations.COMPLETE_LISTS
LAW_OUTCOMES = ["recognised", "subsidiary", "deportation_ban", "rejected",
                "rejected_manifestly_unfounded", "withdrawn", "pending"]


@dataclass(frozen=True)
class RawTables:
    """The case file as plain tables, column names as in RAW_SCHEMAS."""

    persons: pl.DataFrame
    periods: pl.DataFrame
    asylum: pl.DataFrame
    language: pl.DataFrame
    school: pl.DataFrame
    training: pl.DataFrame
    employment: pl.DataFrame
    livelihood: pl.DataFrame
    convictions: pl.DataFrame
    family: pl.DataFrame
    relative_convictions: pl.DataFrame


def raw_frame(name: str, rows: list[Any], id_type: Any = pl.Int64) -> pl.DataFrame:
    """Rows (tuples in RAW_SCHEMAS order) as a typed frame; database ids become text."""
    schema = dict(RAW_SCHEMAS[name])
    ids = [c for c in ("person_id", "relative_id") if c in schema]
    frame = pl.DataFrame(rows, schema={**schema, **dict.fromkeys(ids, id_type)}, orient="row")
    return frame.with_columns(pl.col(c).cast(S) for c in ids)


def _ids(frame: pl.DataFrame, flag: str) -> pl.DataFrame:
    return frame.select("person_id").unique().with_columns(pl.lit(True).alias(flag))


def fact_frames(raw: RawTables, as_of: date) -> FactFrames:
    persons = _persons(raw, as_of)
    known = persons.select("person_id", "convictions_known")
    return FactFrames(
        persons=persons,
        status_periods=_periods(raw.periods),
        employments=_employments(raw.employment),
        convictions=_convictions(raw.convictions, known),
        spouse_convictions=_spouse_convictions(raw),
        language=raw.language.select(_law_columns("language")),
        school=_school(raw.school),
        training=_training(raw.training),
        children=_children(raw.family),
    )


def _law_columns(frame_name: str) -> list[pl.Expr]:
    _field, row_type = COLLECTIONS[frame_name]
    return [pl.col(name).cast(dtype) for name, dtype in _schema(row_type).items()]


def _persons(raw: RawTables, as_of: date) -> pl.DataFrame:
    lf = raw.persons.lazy()
    for frame, flag in ((raw.periods, "status_periods_known"), (raw.employment, "employments_known"),
                        (raw.language, "language_certificates_known"), (raw.school, "school_known"),
                        (raw.training, "training_known"), (raw.asylum, "asylum_known")):
        lf = lf.join(_ids(frame, flag).lazy(), on="person_id", how="left")
    lf = lf.join(_asylum(raw.asylum).lazy(), on="person_id", how="left")
    lf = lf.join(_livelihood(raw.livelihood, as_of).lazy(), on="person_id", how="left")
    lf = lf.join(_family_flags(raw.family).lazy(), on="person_id", how="left")
    lf = lf.join(_running_education(raw, as_of).lazy(), on="person_id", how="left")
    flags = ("status_periods_known", "employments_known", "language_certificates_known",
             "school_known", "training_known", "asylum_known")
    # No record and "complete" in the assessment = known: none (no training, job, school).
    lf = lf.with_columns(pl.col(known).fill_null(False) | pl.col(complete).fill_null(False)
                         for known, complete in COMPLETE.items())
    lf = lf.with_columns(
        *(pl.col(f).fill_null(False) for f in flags),
        pl.col("criminal_record_known").fill_null(False).alias("convictions_known"),
        pl.when(pl.col("asylum_known")).then(True).otherwise(pl.col("asylum_applied"))
        .alias("asylum_applied"),
        pl.coalesce("in_education", pl.when(pl.col("_educating")).then(True)).alias("in_education"),
        _children_known().alias("children_known"),
        # A linked spouse is a spouse; without a link the assessment says yes, no or unknown.
        pl.when(pl.col("_spouse_linked")).then(True).otherwise(pl.col("has_spouse"))
        .alias("has_spouse"),
        pl.col("spouse_convictions_known").fill_null(False),
    )
    schema = person_schema()
    return lf.select(pl.col(n).cast(t) if n in _columns(lf) else pl.lit(None, t).alias(n)
                     for n, t in schema.items()).collect()


def _columns(lf: pl.LazyFrame) -> set[str]:
    return set(lf.collect_schema().names())


def _asylum(asylum: pl.DataFrame) -> pl.DataFrame:
    outcome = pl.col("outcome")
    return asylum.unique("person_id", keep="last").select(
        "person_id",
        pl.when(outcome.is_in(LAW_OUTCOMES)).then(outcome).alias("asylum_outcome"),
        *(pl.col(c).alias(f"asylum_{c}") for c in ("application_date", "decision_date",
                                                    "final_date", "withdrawal_date")),
        pl.col("manifestly_unfounded_ground").fill_null("").alias(
            "asylum_manifestly_unfounded_ground"),
    )


def _livelihood(rows: pl.DataFrame, as_of: date) -> pl.DataFrame:
    latest = (rows.with_row_index("ri").filter(pl.col("assessed_on") <= as_of)
              .sort("person_id", "assessed_on", "ri").group_by("person_id").last())
    share = pl.col("own_earnings_share")
    benefits = pl.col("receives_benefits")
    return latest.select(
        "person_id",
        (share.cast(F) / 100).alias("livelihood_share_own_earnings"),
        pl.when(benefits).then(False).when(share >= 100).then(True)
        .when(share < 100).then(False).alias("livelihood_secured"),
        benefits.alias("receives_benefits"),
    )


def _family_flags(family: pl.DataFrame) -> pl.DataFrame:
    children = family.filter((pl.col("relation") == "parent") & pl.col("living_in_household"))
    spouse = family.filter(pl.col("relation") == "spouse").group_by("person_id").agg(
        pl.lit(True).alias("_spouse_linked"),
        pl.col("relative_record_known").fill_null(False).all().alias("spouse_convictions_known"))
    flags = children.group_by("person_id").agg(
        pl.lit(True).alias("_has_children"),
        pl.col("relative_birth_date").is_null().any().alias("_child_date_missing"))
    return flags.join(spouse, on="person_id", how="full", coalesce=True)


def _spouse_convictions(raw: RawTables) -> pl.DataFrame:
    """§ 60d Abs. 1 Nr. 7: the convictions in the linked spouse's own case file, if that
    record was evaluated ("Strafregister ausgewertet"); keyed by the screened person."""
    spouses = raw.family.filter((pl.col("relation") == "spouse")
                                & pl.col("relative_record_known").fill_null(False))
    rows = spouses.select("person_id", "relative_id").unique().join(
        raw.relative_convictions.rename({"person_id": "relative_id"}), on="relative_id")
    return _convictions(rows.drop("relative_id"), None)


def _children_known() -> pl.Expr:
    has, missing = pl.col("_has_children").fill_null(False), pl.col("_child_date_missing")
    return (pl.when(has).then(~missing.fill_null(False))
            .otherwise(pl.col("children_complete").fill_null(False)))


def _running_education(raw: RawTables, as_of: date) -> pl.DataFrame:
    running = [f.filter((pl.col("start") <= as_of) & (pl.col("end").is_null()
                                                      | (pl.col("end") >= as_of)))
               .select("person_id") for f in (raw.school, raw.training)]
    return pl.concat(running).unique().with_columns(pl.lit(True).alias("_educating"))


def normalised_legal_basis() -> pl.Expr:
    text = pl.col("legal_basis").fill_null("").str.replace_all(r"\s+", " ").str.strip_chars()
    return (text.str.replace(r"(?i)\s*AufenthG\.?$", "").str.replace(r"^§\s*", "§ ")
            .alias("legal_basis"))


def _periods(periods: pl.DataFrame) -> pl.DataFrame:
    normalised = periods.with_columns(normalised_legal_basis(),
                                      pl.col("azr_reason_code").fill_null(""))
    return _fiction_continues_the_title(normalised).select(_law_columns("status_periods"))


FICTION_BASES = ("", "§ 81 Abs. 4", "§ 81 Abs. 4 Satz 1")


def _fiction_continues_the_title(periods: pl.DataFrame) -> pl.DataFrame:
    """§ 81 Abs. 4 AufenthG: applied for before the permit ran out, "gilt der bisherige
    Aufenthaltstitel ... als fortbestehend" - a Fiktionsbescheinigung recorded with § 81 Abs. 4
    (or no basis) right after a residence permit carries that permit's legal basis (so a
    § 104c holder stays one while § 25a/§ 25b is decided)."""
    ordered = periods.with_row_index("_ri").sort("person_id", "start", "_ri")
    previous = {name: pl.col(name).shift(1).over("person_id")
                for name in ("kind", "end", "legal_basis")}
    follows = ((pl.col("kind") == "fiction_certificate")
               & pl.col("legal_basis").is_in(FICTION_BASES)
               & (previous["kind"] == "residence_permit")
               & (previous["end"] >= pl.col("start") - pl.duration(days=1)))
    return (ordered.with_columns(pl.when(follows.fill_null(False))
                                 .then(previous["legal_basis"])
                                 .otherwise(pl.col("legal_basis")).alias("legal_basis"))
            .sort("_ri").drop("_ri"))


def _employments(rows: pl.DataFrame) -> pl.DataFrame:
    return rows.select(_law_columns("employments"))


def _convictions(rows: pl.DataFrame, known: pl.DataFrame | None) -> pl.DataFrame:
    months = pl.col("months").fill_null(0) > 0
    juvenile = pl.col("juvenile")
    measure_only = months.not_() & pl.col("daily_rates").is_null()
    if known is not None:
        rows = rows.join(known.filter(pl.col("convictions_known")), on="person_id", how="semi")
    return rows.with_columns(
        pl.when(juvenile.is_null()).then(None).otherwise(juvenile & months).alias("youth_sentence"),
        pl.when(juvenile.is_null()).then(None).otherwise(juvenile & measure_only)
        .alias("juvenile_sanction_only"),
    ).select(_law_columns("convictions"))


def _school(rows: pl.DataFrame) -> pl.DataFrame:
    qualification = pl.col("qualification")
    return rows.with_columns(
        pl.col("school").fill_null("").alias("kind"),
        pl.when(qualification.fill_null("") != "").then(qualification).alias("qualification"),
    ).select(_law_columns("school"))


def _training(rows: pl.DataFrame) -> pl.DataFrame:
    kind = pl.col("kind")
    return rows.with_columns(
        pl.when(kind.fill_null("") != "").then(kind).alias("kind"),
    ).select(_law_columns("training"))


def _children(family: pl.DataFrame) -> pl.DataFrame:
    children = family.filter((pl.col("relation") == "parent") & pl.col("living_in_household")
                             & pl.col("relative_birth_date").is_not_null())
    return children.select("person_id", pl.col("relative_birth_date").alias("birth_date"))
