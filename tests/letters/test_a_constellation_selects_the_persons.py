"""A mail run for a constellation writes to the persons the constellation matches."""

from tests.letters.helpers import start, world


def test_only_matching_persons_are_written_to(authority, caseworker, monkeypatch):
    from wegweiser.letters.models import Letter, MailRun
    from wegweiser.review import constellations
    from wegweiser.review.models import Constellation

    w = world(authority)
    constellation = Constellation.objects.create(authority=authority, name="Test", conditions=[])
    # The matching itself is review's (tested there); here: the run uses its answer.
    monkeypatch.setattr(constellations, "matching_person_ids",
                        lambda c, as_of=None: [w["people"]["demir"].pk, w["people"]["kaya"].pk])

    run = MailRun.objects.get(pk=start(caseworker, w, group="constellation",
                                       constellation=constellation).pk)

    assert run.reason == f"constellation:{constellation.pk}"
    assert run.counts["letters"] == 1 and run.counts["no_address"] == 1
    assert Letter.objects.get().addressee == w["people"]["demir"]
