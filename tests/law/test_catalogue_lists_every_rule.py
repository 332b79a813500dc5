"""The rule catalogue lists pathways, criteria, thresholds and their dated history."""

from datetime import date

from wegweiser.law.statute.catalogue import catalogue
from wegweiser.law.statute.pathways import ALL_PATHWAYS


def test_catalogue_has_every_pathway_and_the_p25b_history():
    entries = {e["id"]: e for e in catalogue(date(2026, 11, 25))}
    assert set(entries) >= {p.id for p in ALL_PATHWAYS}
    residence = next(c for c in entries["p25b"]["criteria"]
                     if c["id"] == "p25b.residence_duration")
    assert residence["threshold"]["current"] == 6
    assert [h["value"] for h in residence["threshold"]["history"]] == [8, 6]
    assert residence["confidence"] == "T"
