"""Every criterion and verdict column of every person of one authority, as JSON.

    DEBUG=true .venv/bin/python scripts/verdict_rows.py --authority RW --as-of 2026-12-01 \
        [--src ../other-tree/src] > rows.json

Evaluates each person with the single-case engine (`law.engine.evaluate_row`, the same
columns as the batch) and writes {file number: {"c:<criterion>": value, "v:<pathway>": …}}.
With --src the code of another checkout is used (e.g. an older commit in its own worktree,
run with that checkout's database): `verdict_changes.py --rows` then shows which criteria
changed their value between the two versions. Not part of the product.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--authority", required=True, help="Kurzname der Behörde, z. B. RW")
    parser.add_argument("--as-of", type=date.fromisoformat, required=True)
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parent.parent / "src",
                        help="src-Verzeichnis des Stands, der rechnen soll")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src.resolve()))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
    import django

    django.setup()
    json.dump(rows(args.authority, args.as_of), sys.stdout)
    return 0


def rows(short_name: str, as_of: date) -> dict[str, dict[str, Any]]:
    from wegweiser.accounts.models import Authority
    from wegweiser.cases.models import Person
    from wegweiser.law.engine.features import compute_features
    from wegweiser.law.engine.single import evaluate_row
    from wegweiser.screening.facts import case_facts_many
    from wegweiser.screening.policy import policy_for

    authority = Authority.objects.get(short_name=short_name)
    policy = policy_for(authority)
    persons = Person.unscoped.filter(authority=authority)
    numbers = dict(persons.values_list("pk", "file_number"))
    result = {}
    for facts in case_facts_many(persons, as_of):
        row = evaluate_row(compute_features(facts, as_of, policy), as_of, policy)
        result[numbers[int(facts.person_id)]] = {
            name: value.isoformat() if isinstance(value, date) else value
            for name, value in row.items()
            if name.startswith(("c:", "v:", "x:"))
            and (value is None or isinstance(value, bool | int | float | str | date))}
    return result


if __name__ == "__main__":
    sys.exit(main())
