"""manage.py mail_run writes the letters with progress and prints the counts."""

import io

import pytest
from django.core.management import CommandError, call_command

from tests.letters.helpers import world


def test_the_command_prints_counts_and_progress(authority):
    from wegweiser.letters.models import MailRun

    world(authority)
    out, err = io.StringIO(), io.StringIO()
    call_command("mail_run", "--authority", "KT", "--group", "met_now", stdout=out, stderr=err)

    assert "2 Briefe an 2 Haushalte (5 Personen)" in out.getvalue()
    assert "ohne Anschrift: Ayse Kaya" in out.getvalue()
    assert "100 %" in err.getvalue()
    assert MailRun.objects.get().status == "done"


def test_an_unknown_authority_is_refused(authority):
    with pytest.raises(CommandError, match="nicht gefunden"):
        call_command("mail_run", "--authority", "XX", "--group", "met_now")


def test_without_a_desk_nothing_is_written(authority):
    from wegweiser.counselling.models import Desk
    from wegweiser.letters.models import MailRun

    world(authority)
    Desk.objects.all().delete()
    with pytest.raises(CommandError, match="Beratungsstelle"):
        call_command("mail_run", "--authority", "KT", "--group", "met_now")
    assert not MailRun.objects.exists()
