"""A table run ends with the persons per pathway and verdict - the counts the JSON output
(and a stored screening run) carries, not a second counting."""

import io
import json

import pytest
from django.core.management import call_command

from tests.screening.conftest import AS_OF
from tests.screening.test_screen_command_on_a_json_file import exchange_file  # noqa: F401


def screen(*args) -> str:
    out = io.StringIO()
    call_command("screen", *args, "--as-of", AS_OF.isoformat(), "--no-progress", stdout=out,
                 stderr=io.StringIO())
    return out.getvalue()


def summary(table: str) -> list[str]:
    lines = table.splitlines()
    return lines[next(i for i, line in enumerate(lines) if line.startswith("Zusammenfassung")):]


@pytest.mark.django_db
def test_the_table_ends_with_a_summary_that_matches_the_json_counts(exchange_file):  # noqa: F811
    table = screen("--input", str(exchange_file))
    counts = json.loads(screen("--input", str(exchange_file), "--format", "json"))["counts"]
    head, columns, *rows, legend = summary(table)
    assert head == "Zusammenfassung: 2 Personen, Stichtag 25.11.2026 – Personen je Weg und Ergebnis"
    assert columns.split()[0] == "Weg" and "offen" in columns
    norm = "§ 25b Abs. 1 AufenthG"
    p25b = next(row for row in rows if row.startswith(norm + " "))
    assert p25b[len(norm):].split() == [
        str(counts["p25b"].get(verdict, 0)) for verdict in _verdicts(columns)]
    assert legend.startswith("später = ")


@pytest.mark.django_db
def test_a_summary_for_one_pathway_has_one_row(exchange_file):  # noqa: F811
    head, _columns, *rows, _legend = summary(screen("--input", str(exchange_file),
                                                    "--pathway", "p104c"))
    assert [row.split("  ")[0] for row in rows] == ["§ 104c Abs. 1 AufenthG a.F."]


def _verdicts(columns: str) -> list[str]:
    """The verdicts whose short labels head the columns (in the order of SHORT)."""
    from wegweiser.screening.output import SHORT

    return [verdict.value for verdict, label in SHORT.items() if f"  {label}" in columns]
