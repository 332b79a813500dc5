"""The print file's progress is reported in parts: to the caller (the CLI's bar), on the run
(parts_done of parts_total) and on the run page while it is set."""

from tests.conftest import login
from tests.letters.helpers import world


def test_the_caller_sees_the_letters_and_then_the_parts(authority, caseworker, monkeypatch):
    from wegweiser.letters import pdf
    from wegweiser.letters.mailruns import create_run, execute
    from wegweiser.letters.models import MailRun

    monkeypatch.setattr(pdf, "LETTERS_PER_PART", 1)
    w = world(authority)
    run = create_run(caseworker, screening_run=w["run"], group="met_now", desk=w["desk"],
                     enqueue=False)
    seen = []
    execute(run, lambda label, done, total: seen.append((label, done, total)))

    assert seen[0] == ("Briefe", 2, 2)
    prints = [step for step in seen if step[0] == "Druckdatei"]
    assert prints and prints[-1] == ("Druckdatei", 2, 2)
    assert all(total == 2 and 0 <= done <= 2 for _label, done, total in prints)
    run = MailRun.objects.get(pk=run.pk)
    assert (run.parts_done, run.parts_total) == (2, 2)


def test_the_run_page_shows_the_parts_while_the_print_file_is_set(client, authority,
                                                                  caseworker):
    from wegweiser.letters.mailruns import create_run
    from wegweiser.letters.models import MailRun

    w = world(authority)
    run = create_run(caseworker, screening_run=w["run"], group="met_now", desk=w["desk"],
                     enqueue=False)
    MailRun.objects.filter(pk=run.pk).update(status="printing", households_total=80,
                                             households_done=80, parts_total=4, parts_done=1)
    login(client, caseworker)

    partial = client.get(f"/anschreiben/serienbriefe/{run.pk}/",
                         headers={"HX-Request": "true"}).content.decode()

    assert "1 von 4 Teilen der Druckdatei" in partial
    assert 'value="25"' in partial and 'hx-trigger="every 2s"' in partial
