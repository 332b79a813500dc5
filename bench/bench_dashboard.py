"""Server time of the reporting dashboard and the committee report PDF with 100,000 persons.

Usage (PostgreSQL, its own database - the data are synthetic and replace what is there):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_dashboard \\
        .venv/bin/python bench/bench_dashboard.py

The data are built with COPY as in bench_decision_practice.py (whose helpers this script uses):
100,000 persons in ten towns, --decisions applications with decisions (2019 to today, so the
last year holds about an eighth of them), one screening run with three pathways per person and
Kettenduldung months, plus a year of case conferences (two a month, ten cases each) and ten
guidelines. Then the dashboard is requested --requests times for changing periods (the last
year, quarters, half-years) through Django's test client (DEBUG off), the CSV export and the
report page a few times, and the committee report is approved (figures + PDF with charts)
--pdfs times. Targets: dashboard p95 ≤ 300 ms, report PDF ≤ 3 s.
"""

import argparse
import io
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_dashboard")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_decision_practice as base  # noqa: E402  (sets up Django)
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

TOWNS = ["Benchstadt", "Erkrath", "Haan", "Heiligenhaus", "Hilden", "Langenfeld", "Mettmann",
         "Monheim", "Ratingen", "Velbert"]


def fill(persons: int, decisions: int, rng: random.Random) -> int:
    from wegweiser.accounts.models import Municipality, User
    from wegweiser.review.models import Guideline, GuidelineVersion

    authority_id = base.fill(persons, decisions, rng)
    started = time.perf_counter()
    towns = [Municipality.objects.get(authority_id=authority_id).pk] + [
        Municipality.objects.create(authority_id=authority_id, name=name).pk for name in TOWNS[1:]]
    head = User.objects.get(username="bench-head")
    User.objects.create_user(username="bench-controlling", password="x",
                             authority_id=authority_id, role="controlling")
    with connection.cursor() as cursor:
        town_ids = ",".join(map(str, towns))
        cursor.execute(f"UPDATE cases_person SET municipality_id = (ARRAY[{town_ids}])[1 + id % 10]")
        cursor.execute("UPDATE screening_screeningresult SET toleration_months = person_id % 120")
    _conferences(authority_id, head.pk, rng)
    for n in range(10):
        guideline = Guideline.objects.create(authority_id=authority_id, number=f"{n}", title="L")
        GuidelineVersion.objects.create(authority_id=authority_id, guideline=guideline, number=1,
                                        text="Regel", reason_kind="practice", state="approved",
                                        valid_from=date.today() - timedelta(days=400 - 30 * n))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"Dazu: 10 Orte, Konferenzen und Leitlinien in {time.perf_counter() - started:.1f} s")
    return authority_id


def _conferences(authority_id: int, head_id: int, rng: random.Random) -> None:
    from wegweiser.review.models import AgendaItem, Conference

    persons = base._first_id("cases_person"), base._last_id("cases_person")
    for n in range(24):
        conference = Conference.objects.create(
            authority_id=authority_id, held_on=date.today() - timedelta(days=15 * n + 1),
            chair_id=head_id, status="approved")
        AgendaItem.objects.bulk_create([
            AgendaItem(authority_id=authority_id, conference=conference, position=i + 1,
                       person_id=rng.randint(*persons), question="Härtefall?")
            for i in range(10)])


def store_run_figures() -> None:
    """What screening.runs.run_done does after a real run: keep the run's dashboard figures
    with the run (the data here are written with COPY, so no run_done was sent)."""
    from wegweiser.reporting.kpis.integration import STORED, store_run_figures
    from wegweiser.screening.models import ScreeningRun

    run = ScreeningRun.unscoped.filter(status="done").order_by("-as_of", "-pk").first()
    if run is not None and STORED not in (run.counts or {}):
        started = time.perf_counter()
        store_run_figures(run)
        print(f"Kennzahlen des Prüflaufs gespeichert (wie nach run_done) in "
              f"{time.perf_counter() - started:.1f} s")


def periods(count: int, shift: int = 0) -> list[dict[str, str]]:
    today = date.today()
    choices = []
    for i in range(count):
        end = today - timedelta(days=i + shift)
        length = (365, 91, 182)[i % 3]
        choices.append({"start": (end - timedelta(days=length)).isoformat(),
                        "end": end.isoformat()})
    return choices


def timed_pdf(user, report) -> float:
    from wegweiser.reporting import reports

    report.refresh_from_db()
    started = time.perf_counter()
    reports.approve(user, report, report.version)
    elapsed = (time.perf_counter() - started) * 1000
    assert bytes(report.pdf).startswith(b"%PDF")
    return elapsed


def new_report(authority_id: int, user):
    from wegweiser.reporting import reports
    from wegweiser.reporting.models import CommitteeReport

    today = date.today()
    report = CommitteeReport(
        authority_id=authority_id, number="32/1/2026", department="FB 32", author_name="Bench",
        date=today, subject="Bericht", period_start=today - timedelta(days=365), period_end=today,
        proposal="Zur Kenntnis.", text_integration="Text " * 200)
    return reports.save_report(user, report, None, [("Integrationsausschuss", today, "notice")])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--decisions", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--pdfs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="keep the existing data")
    args = parser.parse_args()
    rng = random.Random(10)
    base.create_database()
    call_command("collectstatic", interactive=False, verbosity=0)
    if not args.reuse:
        call_command("migrate", verbosity=0)
        fill(args.persons, args.decisions, rng)
    store_run_figures()
    started = time.perf_counter()
    import wegweiser.wsgi  # noqa: F401  (as gunicorn starts a worker: URLs and WeasyPrint warmed)
    print(f"Start des Prozesses (wegweiser.wsgi, Aufwärmen): {time.perf_counter() - started:.1f} s")
    from wegweiser.accounts.models import User

    head = User.objects.get(username="bench-head")
    client = Client()
    client.force_login(head)
    dashboard = [base.timed(client, "/berichte/", p) for p in periods(args.requests)]
    first, dashboard = dashboard[0], dashboard[1:]
    # The export of the periods just shown comes from the cache per data version; the export of
    # periods not shown before is computed.
    export = [base.timed(client, "/berichte/kennzahlen.csv", p) for p in periods(5)]
    export_new = [base.timed(client, "/berichte/kennzahlen.csv", p) for p in periods(5, shift=100)]
    pdfs, pages = [], []
    for _ in range(args.pdfs):
        report = new_report(head.authority_id, head)
        pages.append(base.timed(client, f"/berichte/vorlagen/{report.pk}/", {}))
        pdfs.append(timed_pdf(head, report))
    print(f"Datenbank: {connection.vendor}; Personen: {base._count('cases_person')}, "
          f"Entscheidungen: {base._count('cases_decision')}, "
          f"Prüfergebnisse: {base._count('screening_screeningresult')}, "
          f"Stand {timezone.localdate():%d.%m.%Y}")
    print(f"Kennzahlen-Seite, erste Anfrage des Prozesses: {first:.0f} ms")
    base.report("Kennzahlen-Seite, weitere (Zeitraum wechselnd: Jahr, Quartal, Halbjahr)", dashboard)
    base.report("Statistik-Export CSV, Zeiträume wie eben angezeigt", export)
    base.report("Statistik-Export CSV, Zeiträume nicht zuvor angezeigt", export_new)
    base.report("Vorlage, Seite mit Live-Zahlen", pages)
    print(f"Vorlage freigeben, erstes PDF des Prozesses: {pdfs[0]:.0f} ms")
    base.report("Vorlage freigeben: Zahlen einfrieren und PDF mit Diagrammen, weitere", pdfs[1:])


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, line_buffering=True)
    main()
