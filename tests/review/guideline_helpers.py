"""Guidelines for the tests, written and put in force through the one door."""

from datetime import date

from wegweiser.review import guidelines as service

DRAFT = {"text": "Bei § 25 Abs. 5 wird nach 18 Monaten auf die Identitätsklärung verzichtet, "
                 "wenn alle zumutbaren Schritte unternommen wurden.",
         "note": "Schritte in der Akte vermerken.", "pathway_ids": ["p25_5"],
         "reason_kind": "practice", "reason_text": "Auswertung 2025"}


def draft(**changes):
    return {**DRAFT, **changes}


def approved_guideline(head, number, valid_from=date(2026, 1, 1), constellations=(), **changes):
    guideline = service.create_guideline(head, number=number, title=f"Leitlinie {number}",
                                         draft=draft(constellation_ids=list(constellations),
                                                     **changes))
    version = guideline.versions.get()
    service.approve(head, version, valid_from=valid_from, expected_version=version.version)
    return guideline
