"""Time to generate the minutes PDF of a conference with 20 agenda items (target ≤ 2 s).

Usage:

    .venv/bin/python bench/bench_minutes_pdf.py              # SQLite in a temporary file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wegweiser_bench_minutes \\
        .venv/bin/python bench/bench_minutes_pdf.py --items 20 --repeat 5

Builds one authority with 20 tolerated persons, a held conference with every item recorded
(discussion, recommendation, two actions as follow-ups) and five earlier recommendations for the
standing item, all through review.conferences; then renders the minutes --repeat times and
prints the seconds of the first (cold: WeasyPrint loads fonts) and the median of the others.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
os.environ["DEBUG"] = "false"
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench-minutes.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402

DISCUSSION = ("Seit mehr als sechs Jahren geduldet, Identität seit 2021 geklärt, Ausbildung zur "
              "Pflegefachkraft im zweiten Jahr, Lebensunterhalt überwiegend gesichert. Die "
              "Konferenz sieht die Voraussetzungen des § 25 Abs. 5 AufenthG als erfüllt an; das "
              "Ermessen ist zugunsten auszuüben. Offen bleibt der Nachweis des Sprachniveaus.\n") * 2


def build(items: int):
    from wegweiser.accounts.models import Authority, User
    from wegweiser.cases.models import Person, StatusPeriod
    from wegweiser.cases.services import refresh_derived
    from wegweiser.review import conferences as svc
    from wegweiser.review.models import Conference

    authority = Authority.objects.create(name=f"Bench {time.time()}", short_name="BM")
    head = User.objects.create_user(f"leitung-{authority.pk}", authority=authority, role="head",
                                    first_name="Helga", last_name="Leitner")
    staff = [User.objects.create_user(f"sb{i}-{authority.pk}", authority=authority,
                                      role="caseworker", first_name="Sach", last_name=f"Bearb{i}")
             for i in range(4)]
    today = timezone.localdate()

    def conference(held_on, cases):
        c = svc.plan_conference(head, Conference(authority=authority, held_on=held_on, chair=head,
                                                 title="Fallkonferenz"), None, staff,
                                [("Anna Berg", "Caritas"), ("Dr. Ole Schmidt", "Flüchtlingsrat")])
        for person in cases:
            proposal = svc.propose(person, "caseworker", "Liegt ein Härtefall vor?", staff[0])
            c.refresh_from_db()
            svc.put_on_agenda(head, c, proposal, c.version)
        c.refresh_from_db()
        svc.mark_held(head, c, c.version)
        for item in c.items.all():
            svc.record_item(head, item, item.version, discussion=DISCUSSION,
                            recommendation="grant", recommendation_text="mit Auflage Sprachkurs")
            for n in range(2):
                svc.add_action(head, item, reason=f"Schritt {n + 1}: Unterlagen anfordern",
                               assignee=staff[n], due_date=today + timedelta(days=14 * (n + 1)))
        c.refresh_from_db()
        return c

    persons = []
    for i in range(items + 5):
        person = Person.objects.create(authority=authority, file_number=f"BM-2019-{i:05d}",
                                       family_name=f"Name{i}", given_names="Vorname",
                                       nationality="AFG", birth_date=date(1990, 1, 1))
        StatusPeriod.objects.create(authority=authority, person=person, kind="duldung",
                                    start=date(2018, 1, 1))
        refresh_derived(person)
        persons.append(person)
    earlier = conference(today - timedelta(days=60), persons[items:])
    svc.approve_minutes(head, earlier, earlier.version)
    return conference(today, persons[:items])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    from wegweiser.review.minutes import minutes_pdf

    conference = build(args.items)
    seconds, size = [], 0
    for _ in range(args.repeat):
        began = time.perf_counter()
        size = len(minutes_pdf(conference))
        seconds.append(time.perf_counter() - began)
    print(f"Protokoll-PDF, {args.items} Tagesordnungspunkte ({size / 1024:.0f} KiB): "
          f"erstes Mal {seconds[0]:.2f} s, danach Median "
          f"{statistics.median(seconds[1:] or seconds):.2f} s (Ziel ≤ 2 s)")


if __name__ == "__main__":
    main()
