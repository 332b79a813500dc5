"""If a worker cannot set its part of the print file, the run is marked failed with a German
message and has no print file; the letters written stay archived."""

import json

from tests.letters.helpers import start, world


def test_a_part_that_fails_in_its_worker_marks_the_run_failed(authority, caseworker,
                                                              monkeypatch):
    from wegweiser.letters import pdf
    from wegweiser.letters.models import Letter, MailRun

    monkeypatch.setattr(pdf, "LETTERS_PER_PART", 1)
    # json.loads of the part's HTML raises in the worker process, as a broken layout would.
    monkeypatch.setattr(pdf, "set_part", json.loads)
    w = world(authority)
    run = MailRun.objects.get(pk=start(caseworker, w).pk)

    assert run.status == "failed"
    assert run.message == "Beim Erstellen der Druckdatei ist ein Fehler aufgetreten."
    assert run.print_pdf is None and run.finished_at is not None
    assert Letter.objects.filter(run=run).count() == 2
