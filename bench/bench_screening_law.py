"""Benchmark: batch screening of N synthetic persons with law.batch.evaluate_frame.

Generates the fact tables directly as Polars frames (~8 status periods per person), runs the
batch evaluation, and prints wall time, peak RSS, a floor (one group-by computing tolerated
days per person over the same period table) and the ratio; then single-case `evaluate`
timings (p50/p95 over 1000 persons).  Usage: python bench/bench_screening_law.py --persons N
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time
from datetime import date

import polars as pl

from wegweiser.law.engine.batch import evaluate_frame
from wegweiser.law.engine.facts import (
    AsylumProcedure,
    CaseFacts,
    Conviction,
    Employment,
    LanguageCertificate,
    StatusKind,
    StatusPeriod,
)
from wegweiser.law.engine.frames import FactFrames, facts_to_frames, person_schema
from wegweiser.law.engine.single import evaluate

AS_OF = date(2026, 11, 25)
KINDS = ["gestattung", "duldung", "duldung", "duldung", "duldung_60b", "duldung_60d",
         "residence_permit", "fiction_certificate", "none"]
EPOCH_2008 = (date(2008, 1, 1) - date(1970, 1, 1)).days


def _rand(n: int, seed: int, k: int) -> pl.Expr:
    """Deterministic pseudo-random integers 0..k-1 (hash of the row number)."""
    return (pl.int_range(n, dtype=pl.Int64).hash(seed) % k).cast(pl.Int64)


def _day(offset: pl.Expr) -> pl.Expr:
    return (pl.lit(EPOCH_2008) + offset).cast(pl.Int32).cast(pl.Date)


def _pick(n: int, seed: int, values: list) -> pl.Expr:
    return pl.lit(pl.Series(values)).gather(_rand(n, seed, len(values)))


def make_frames(n: int) -> FactFrames:
    per = 8
    rows = n * per
    base = pl.select(pid=pl.int_range(rows, dtype=pl.Int64) // per,
                     length=30 + _rand(rows, 1, 470), gap=_pick(rows, 2, [1, 1, 1, 20, 200]),
                     kind=_pick(rows, 3, KINDS), open=_rand(rows, 4, 10) < 7,
                     basis=pl.when(_rand(rows, 5, 20) == 0).then(pl.lit("§ 104c"))
                     .otherwise(pl.lit("")))
    first = 0 + (pl.col("pid").hash(6) % 5000).cast(pl.Int64)
    offset = (pl.col("length") + pl.col("gap")).cum_sum().over("pid") - pl.col("length") \
        - pl.col("gap")
    status = base.with_columns(start_i=first + offset).select(
        person_id=pl.col("pid").cast(pl.String), kind="kind",
        start=_day(pl.col("start_i")),
        end=pl.when(pl.col("open") & (pl.int_range(rows) % per == per - 1)).then(None)
        .otherwise(_day(pl.col("start_i") + pl.col("length"))),
        legal_basis="basis", azr_reason_code=pl.lit(""))
    empty = facts_to_frames([])
    return FactFrames(persons=_persons(n), status_periods=status, employments=_employments(n),
                      convictions=_convictions(n),
                      # the spouse's convictions (§ 60d Abs. 1 Nr. 7), rows keyed by the person
                      spouse_convictions=_convictions(n, share=10, salt=60),
                      language=_language(n), school=empty.school,
                      training=empty.training, children=_children(n))


def _persons(n: int) -> pl.DataFrame:
    columns: dict[str, pl.Expr] = {}
    for i, (name, dtype) in enumerate(person_schema().items()):
        if dtype == pl.Boolean:
            r = _rand(n, 100 + i, 20)
            columns[name] = pl.when(r < 2).then(None).otherwise(r < 11)
        else:
            columns[name] = pl.lit(None, dtype=dtype)
    for name in ("status_periods_known", "employments_known", "convictions_known",
                 "language_certificates_known", "children_known", "school_known",
                 "training_known", "asylum_known"):
        columns[name] = pl.lit(True)
    columns.update(
        person_id=pl.int_range(n).cast(pl.String),
        birth_date=_day(-_rand(n, 7, 15000)),
        birth_date_precision=_pick(n, 8, ["day"] * 8 + ["month", "year"]),
        entry_date=_day(_rand(n, 9, 5000)),
        asylum_outcome=_pick(n, 10, ["rejected", "rejected_manifestly_unfounded",
                                     "withdrawn", "pending"]),
        asylum_manifestly_unfounded_ground=_pick(
            n, 11, ["§ 30 Abs. 1 Nr. 3 AsylG", "§ 30 Abs. 3 Nr. 2 AsylG", ""]),
        asylum_final_date=_day(_rand(n, 12, 6000)),
        asylum_decision_date=_day(_rand(n, 12, 6000)),
        livelihood_share_own_earnings=_rand(n, 13, 100) / 100,
    )
    return pl.select(**{k: v.cast(person_schema()[k]) for k, v in columns.items()}).select(
        list(person_schema()))


def _employments(n: int) -> pl.DataFrame:
    start = _rand(n, 20, 4500) + 2000
    return pl.select(person_id=_rand(n, 21, n).cast(pl.String), start=_day(start),
                     end=_day(start + _rand(n, 22, 1900) + 100),
                     hours_per_week=_pick(n, 23, [15.0, 20.0, 38.0]),
                     social_insurance=_rand(n, 24, 10) < 8, qualified=_rand(n, 25, 10) < 3)


def _convictions(n: int, share: int = 4, salt: int = 30) -> pl.DataFrame:
    """n // share convictions of random persons (salt: another draw for the spouses')."""
    m = n // share
    return pl.select(
        person_id=_rand(m, salt, n).cast(pl.String), date=_day(_rand(m, salt + 1, 6000)),
        daily_rates=_rand(m, salt + 2, 110) + 10, months=pl.lit(0.0),
        suspended=_rand(m, salt + 3, 2) == 0, foreigner_specific=_rand(m, salt + 4, 2) == 0,
        intentional=_rand(m, salt + 5, 10) < 9,
        juvenile_sanction_only=_rand(m, salt + 6, 10) == 0,
        erasure_date=_day(_rand(m, salt + 7, 6000) + 3000),
        youth_sentence=_rand(m, salt + 8, 10) == 0)


def _language(n: int) -> pl.DataFrame:
    m = n // 2
    return pl.select(person_id=_rand(m, 40, n).cast(pl.String),
                     level=_pick(m, 41, ["A1", "A2", "B1"]), scope=_pick(m, 42, ["oral", "full"]),
                     issued=_day(_rand(m, 43, 6500)))


def _children(n: int) -> pl.DataFrame:
    m = n // 2
    return pl.select(person_id=_rand(m, 50, n).cast(pl.String),
                     birth_date=_day(_rand(m, 51, 6500)))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def floor(frames: FactFrames) -> float:
    """One group-by: tolerated days per person over the same period table."""
    t = time.perf_counter()
    day = pl.lit(AS_OF, dtype=pl.Date)
    (frames.status_periods.lazy()
     .filter(pl.col("kind").is_in(["duldung", "duldung_60c", "duldung_60d"]))
     .with_columns(days=(pl.min_horizontal(pl.col("end").fill_null(day), day)
                         - pl.col("start")).dt.total_days())
     .group_by("person_id").agg(pl.col("days").sum()).collect())
    return time.perf_counter() - t


def single_timings(count: int = 1000, warm_up: int = 20) -> tuple[float, float]:
    """p50/p95 in ms of `evaluate` in a warm process (the first calls build per-date caches:
    folded rules, period tables - a server pays that once, not per request)."""
    samples = []
    for i in range(-warm_up, count):
        facts = CaseFacts(
            f"s{i}", birth_date=date(1990 + i % 20, 1 + i % 12, 1 + i % 28),
            entry_date=date(2014, 1, 1),
            status_periods=tuple(StatusPeriod(StatusKind(KINDS[(i + k) % 9]),
                                              date(2014 + k, 1, 1), date(2014 + k, 12, 31))
                                 for k in range(8)),
            asylum_applied=True, asylum=AsylumProcedure(outcome="rejected",
                                                        final_date=date(2016, 1, 1)),
            convictions=(Conviction(date(2019, 1, 1), daily_rates=30, intentional=True),),
            language_certificates=(LanguageCertificate("A2", "oral", date(2020, 1, 1)),),
            employments=(Employment(date(2021, 1, 1), None, 30.0, True),),
            minor_children_birth_dates=(date(2015, 1, 1),), identity_clarified=True)
        t = time.perf_counter()
        evaluate(facts, AS_OF)
        if i >= 0:
            samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * len(samples)) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=1_000_000)
    args = parser.parse_args()
    t = time.perf_counter()
    frames = make_frames(args.persons)
    print(f"generated {args.persons:,} persons, {frames.status_periods.height:,} status "
          f"periods in {time.perf_counter() - t:.1f} s")
    t, cpu = time.perf_counter(), _cpu()
    result = evaluate_frame(frames, AS_OF)
    wall = time.perf_counter() - t
    # CPU seconds too: on a shared machine wall time also measures the neighbours.
    print(f"batch evaluation: {wall:.2f} s wall, {_cpu() - cpu:.2f} s CPU "
          f"({result.width} columns, POLARS_MAX_THREADS={pl.thread_pool_size()})")
    base = floor(frames)
    print(f"floor (one group-by, tolerated days): {base:.2f} s; ratio {wall / base:.1f}x")
    print(result.group_by("v:p25b").len().sort("len", descending=True))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")
    p50, p95 = single_timings()
    print(f"single evaluate: p50 {p50:.2f} ms, p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()
