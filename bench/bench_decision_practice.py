"""Server time of the decision-practice pages with 100,000 persons and 300,000 decisions.

Usage (PostgreSQL, its own database - the data are synthetic and replace what is there):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_practice \\
        .venv/bin/python bench/bench_decision_practice.py

The database is created if missing, migrated and filled with COPY (persons, applications,
decisions over eight years, one screening run) unless --reuse is given. Then the decision-
practice page is requested --requests times with typical filters through Django's test client
(DEBUG off, as in production) and p50/p95/max are printed. Target: p95 ≤ 300 ms.

With --constellations the persons come from the demo district instead (--households, about
1.9 persons each: 52,000 households ≈ 100,000 persons with their status periods and facts),
four constellations are saved, and the constellation list with its live counts is timed as
well (the first request reads the features of every person; later ones use the per-process
copy, review/constellation_frame.py). Use a database of its own, e.g. bench_constellations.

The figures are cached per state of the data (review/practice_cache.py), so two series are
measured: "erstmals" - every request asks for a selection not computed before (the end date
moves by a day each time), i.e. the full computation; "wiederholt" - the same six selections
again, as when the head moves between them. Before them the first request of a process is
timed twice: building the decision frame from the database, and loading the copy on disk
(review.practice_frame; WEGWEISER_PRACTICE_FRAME_SECONDS=0 measures the SQL path instead). The
consistency alerts and the missed-discretion list are timed as well (no target).
"""

import argparse
import io
import json
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
os.environ["DEBUG"] = "false"
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
os.environ["ALLOWED_HOSTS"] = "testserver"
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_practice")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

FIRST_DAY = date(2019, 1, 1)
LETTERS = [("A", "D"), ("E", "H"), ("I", "L"), ("M", "R"), ("S", "V"), ("W", "Z")]
# Norm, share of applications, chance of a grant: differing so that the figures show something.
NORMS = [("p25b", 0.22, 0.55), ("p25a", 0.14, 0.7), ("p104c", 0.1, 0.8), ("p25_5", 0.2, 0.35),
         ("p60d", 0.1, 0.5), ("p60c", 0.08, 0.6), ("p19d", 0.04, 0.5), ("", 0.12, 0.6)]
VERDICTS = ["entitlement", "should", "may", "pending_time", "unknown", "not_met", "blocked"]
REASONS = ["identity", "livelihood", "offences", "language", "time_not_reached", "passport"]
PAGE = "/praxis/entscheidungspraxis/"


def create_database() -> None:
    """Create the benchmark database when it does not exist yet (connecting to 'postgres')."""
    import psycopg

    settings = connection.settings_dict
    admin = psycopg.connect(host=settings["HOST"], port=settings["PORT"] or 5432,
                            user=settings["USER"], dbname="postgres", autocommit=True)
    exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                           [settings["NAME"]]).fetchone()
    if not exists:
        admin.execute(f'CREATE DATABASE "{settings["NAME"]}"')
    admin.close()


def copy(table: str, columns: list[str], rows) -> None:
    """COPY rows into a table: far faster than INSERTs for a few hundred thousand rows."""
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as writer:
            for row in rows:
                writer.write_row(row)


def fill(persons: int, decisions: int, rng: random.Random) -> int:
    from wegweiser.accounts.models import Authority, Municipality, Team, User

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE accounts_authority RESTART IDENTITY CASCADE")
    authority = Authority.objects.create(name="Kreis Bench – Ausländerbehörde", short_name="KB")
    town = Municipality.objects.create(authority=authority, name="Benchstadt", inhabitants=90000)
    teams = [Team.objects.create(authority=authority, name=f"Team {a}–{b}", letters_from=a,
                                 letters_to=b) for a, b in LETTERS]
    User.objects.create_user(username="bench-head", password="x", authority=authority,
                             role="head")
    now = timezone.now()
    copy("cases_person", ["authority_id", "version", "updated_at", "file_number", "azr_number",
                          "family_name", "given_names", "name_variants", "search_keys",
                          "nationality", "municipality_id", "facts_note", "closing_reason",
                          "current_status_kind", "birth_date_precision", "sex",
                          "criminal_record_known"],
         ((authority.pk, 1, now, f"KB-{n:06d}", "", f"Name{n}", "Vorname", "", "", "IRQ",
           town.pk, "", "", "duldung", "day", "x", False) for n in range(persons)))
    person_ids = list(range(_first_id("cases_person"), _first_id("cases_person") + persons))
    _applications_and_decisions(authority.pk, person_ids, decisions, teams, rng, now)
    _screening_run(authority.pk, person_ids, rng)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"Daten: {persons} Personen, {decisions} Entscheidungen in "
          f"{time.perf_counter() - started:.1f} s")
    return authority.pk


def _first_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MIN(id) FROM {table}")
        return cursor.fetchone()[0]


def _last_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX(id) FROM {table}")
        return cursor.fetchone()[0]


CONSTELLATIONS = {
    "Junge Erwachsene 21–26, Kettenduldung ab 6 Jahren": [
        {"feature": "age", "op": "between", "value": [21, 26]},
        {"feature": "toleration_months", "op": "ge", "value": 72}],
    "Identität ungeklärt, Duldung ab 18 Monaten": [
        {"feature": "identity_clarified", "op": "eq", "value": False},
        {"feature": "toleration_months", "op": "ge", "value": 18}],
    "Deutsch mündlich ab A2, Beschäftigung ab 12 Monaten": [
        {"feature": "lang_oral", "op": "ge", "value": "A2"},
        {"feature": "employment_months", "op": "ge", "value": 12}],
    "Erwachsene ab 18": [{"feature": "age", "op": "ge", "value": 18}],
}


def fill_demo(households: int, decisions: int, rng: random.Random) -> int:
    """The demo district's persons, teams, decisions by COPY, four constellations."""
    from wegweiser.accounts.models import Team, User
    from wegweiser.cases.models import Person
    from wegweiser.review import constellations as service

    started = time.perf_counter()
    call_command("demo", persons=households, reset=True, verbosity=0)
    authority_id = (Person.unscoped.values("authority_id").annotate(n=django.db.models.Count("pk"))
                    .order_by("-n")[0]["authority_id"])
    head = User.objects.filter(authority_id=authority_id, role="head").first()
    head.username = "bench-head"
    head.save(update_fields=["username"])
    Team.objects.filter(authority_id=authority_id).delete()
    teams = [Team.objects.create(authority_id=authority_id, name=f"Team {a}–{b}",
                                 letters_from=a, letters_to=b) for a, b in LETTERS]
    person_ids = list(Person.unscoped.filter(authority_id=authority_id)
                      .values_list("pk", flat=True))
    with connection.cursor() as cursor:
        # The demo's own decisions go, with what points to them (approvals, petitions' link).
        cursor.execute("DELETE FROM cases_approvalrequest WHERE decision_id IS NOT NULL "
                       "AND authority_id = %s", [authority_id])
        cursor.execute("UPDATE review_hardshippetition SET decision_id = NULL "
                       "WHERE authority_id = %s", [authority_id])
        cursor.execute("DELETE FROM cases_decision WHERE authority_id = %s", [authority_id])
    _applications_and_decisions(authority_id, person_ids, decisions, teams, rng, timezone.now())
    for name, conditions in CONSTELLATIONS.items():
        service.save_constellation(head, None, name=name, description="", conditions=conditions)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"Daten: Demo-Kreis mit {len(person_ids)} Personen, {decisions} Entscheidungen in "
          f"{time.perf_counter() - started:.1f} s")
    return authority_id


def _applications_and_decisions(authority_id, person_ids, count, teams, rng, now):
    span = (date.today() - FIRST_DAY).days - 30
    norms, weights = [n for n, _w, _g in NORMS], [w for _n, w, _g in NORMS]
    grant = {n: g for n, _w, g in NORMS}
    plan = []
    for _ in range(count):
        pathway = rng.choices(norms, weights)[0]
        received = FIRST_DAY + timedelta(days=rng.randrange(span))
        days = int(rng.lognormvariate(4.3, 0.6))
        plan.append((rng.choice(person_ids), pathway, received,
                     min(received + timedelta(days=days), date.today())))
    copy("cases_application", ["authority_id", "version", "updated_at", "person_id",
                               "received_on", "subject", "pathway_id", "channel", "status",
                               "note"],
         ((authority_id, 1, now, person, received, "residence_permit" if pathway else "duldung",
           pathway, "post", "decided", "") for person, pathway, received, _d in plan))
    first_application = _last_id("cases_application") - count + 1
    copy("cases_decision", ["authority_id", "version", "updated_at", "application_id",
                            "person_id", "received_on", "decided_on", "outcome", "pathway_id",
                            "decision_type", "discretion", "reasons", "reason_text", "departure_kind",
                            "departure_text", "team_id", "snapshot_verdict", "snapshot"],
         (_decision(authority_id, now, first_application + i, row, teams, grant, rng)
          for i, row in enumerate(plan)))


def _decision(authority_id, now, application_id, row, teams, grant, rng):
    person, pathway, received, decided = row
    roll = rng.random()
    outcome = ("withdrawn" if roll < 0.04 else "duldung" if roll < 0.08
               else "granted" if rng.random() < grant[pathway] else "refused")
    if outcome == "granted" and rng.random() < 0.05:
        outcome = "partly"
    verdict = rng.choice(VERDICTS)
    reasons = rng.sample(REASONS, rng.randint(1, 2)) if outcome == "refused" else []
    similarity = {"identity": rng.choice(["yes", "no", "unknown"]),
                  "livelihood": rng.choice(["yes", "no", "unknown"]),
                  "language": rng.choice(["below_A2", "A2", "B1", "unknown"]),
                  "toleration_years": str(rng.randint(0, 8))}
    return (authority_id, 1, now, application_id, person, received, decided, outcome, pathway,
            "discretion" if verdict == "may" else "", rng.choice(["", "in_favour", "against",
                                                                    "not_exercised"]),
            json.dumps(reasons), "", "", "", rng.choice(teams).pk, verdict,
            json.dumps({"similarity": similarity}))


def _screening_run(authority_id, person_ids, rng):
    from wegweiser.screening.models import ScreeningRun

    run = ScreeningRun.objects.create(authority_id=authority_id, as_of=date.today(),
                                      status="done", persons_total=len(person_ids))
    copy("screening_screeningresult", ["authority_id", "run_id", "person_id", "pathway_id",
                                       "verdict", "summary", "exceptions_open", "deciding",
                                       "floor", "p104c_holder"],
         ((authority_id, run.pk, person, pathway, rng.choice(VERDICTS), "", 0, "", "", False)
          for person in person_ids for pathway in ("p25b", "p25a", "p25_5")))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(client: Client, url: str, params: dict) -> float:
    start = time.perf_counter()
    response = client.get(url, params)
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (url, params, response.status_code)
    return elapsed


def report(name: str, values: list[float]) -> None:
    print(f"{name}: p50 {statistics.median(values):.0f} ms, p95 {percentile(values, 0.95):.0f} ms, "
          f"max {max(values):.0f} ms ({len(values)} Anfragen)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--decisions", type=int, default=300_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--reuse", action="store_true", help="keep the existing data")
    parser.add_argument("--constellations", action="store_true",
                        help="demo district persons, and time the constellation counts")
    parser.add_argument("--households", type=int, default=52_000)
    args = parser.parse_args()
    rng = random.Random(8)

    create_database()
    call_command("collectstatic", interactive=False, verbosity=0)
    if not args.reuse:
        call_command("migrate", verbosity=0)
        if args.constellations:
            fill_demo(args.households, args.decisions, rng)
        else:
            fill(args.persons, args.decisions, rng)

    from wegweiser.accounts.models import Team, User

    user = User.objects.get(username="bench-head")
    client = Client()
    client.force_login(user)
    team = Team.objects.filter(authority=user.authority).order_by("pk").first()
    queries = [{}, {"grain": "quarter"}, {"pathway": "p25b"}, {"team": str(team.pk)},
               {"start": "2019-01-01", "grain": "quarter"},
               {"start": "2024-01-01", "end": "2024-12-31", "pathway": "p25_5"}]
    today = date.today()
    _time_first_request(client)
    cold = [timed(client, PAGE, {**queries[i % len(queries)],
                                 "end": (today - timedelta(days=i + 1)).isoformat()})
            for i in range(args.requests)]
    for query in queries:
        timed(client, PAGE, query)
    warm = [timed(client, PAGE, queries[i % len(queries)]) for i in range(args.requests)]
    alerts = [timed(client, PAGE + "uneinheitlich/", {}) for _ in range(5)]
    missed = [timed(client, PAGE + "ermessen/", {}) for _ in range(5)]
    if args.constellations:
        _time_constellations(client, args.requests)
    print(f"Datenbank: {connection.vendor}; Entscheidungen gesamt: {_count('cases_decision')}, "
          f"Personen: {_count('cases_person')}")
    report("Entscheidungspraxis, erstmals berechnet (6 Filter im Wechsel)", cold)
    report("Entscheidungspraxis, wiederholt (aus dem Cache)", warm)
    report("Uneinheitliche Entscheidungen (Seite 1)", alerts)
    report("Ermessen neu prüfen (Seite 1)", missed)


def _time_first_request(client: Client) -> None:
    """The first new selection of a web process: it builds the decision frame from the
    database (no copy on disk) or loads the copy another process left (review.practice_frame)."""
    from wegweiser.review import practice_frame

    if not practice_frame.enabled():
        print("Entscheidungs-Frame ausgeschaltet (WEGWEISER_PRACTICE_FRAME_SECONDS=0): SQL")
        return
    practice_frame.forget()
    practice_frame.remove_stored()
    built = timed(client, PAGE, {"end": (date.today() - timedelta(days=900)).isoformat()})
    practice_frame.forget()
    loaded = timed(client, PAGE, {"end": (date.today() - timedelta(days=901)).isoformat()})
    print(f"Entscheidungspraxis, erste Anfrage eines Webprozesses: Frame aus der Datenbank "
          f"gebaut {built:.0f} ms, von der Platte geladen {loaded:.0f} ms")


def _time_constellations(client: Client, requests: int) -> None:
    from wegweiser.review.models import Constellation

    first = timed(client, "/praxis/konstellationen/", {})
    counts = [timed(client, "/praxis/konstellationen/", {}) for _ in range(requests)]
    print(f"Fallkonstellationen mit Zählung ({Constellation.objects.count()} Konstellationen), "
          f"erste Anfrage des Prozesses: {first:.0f} ms")
    report("Fallkonstellationen mit Zählung, danach", counts)
    ids = list(Constellation.objects.values_list("pk", flat=True))
    filtered = [timed(client, PAGE, {"constellation": str(ids[i % len(ids)]),
                                     "end": (date.today() - timedelta(days=i)).isoformat()})
                for i in range(requests)]
    report("Entscheidungspraxis mit Konstellationsfilter (volle Berechnung)", filtered)


def _count(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")
        return cursor.fetchone()[0]


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, line_buffering=True)
    main()
