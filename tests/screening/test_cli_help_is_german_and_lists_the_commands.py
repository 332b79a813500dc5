"""``wegweiser --help`` lists the subcommands; ``wegweiser screen --help`` is German, shows
examples and hides Django's internal options; wrong calls get a German line and code 2."""

from wegweiser.cli import main


def test_the_overview_lists_each_command_in_one_line_and_exits_with_0(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "Befehle:" in out
    assert any(line.split()[:1] == ["screen"] and len(line.split()) > 3
               for line in out.splitlines())


def test_an_unknown_command_is_named_in_german_with_code_2(capsys):
    assert main(["pruefe"]) == 2
    assert "Unbekannter Befehl „pruefe“" in capsys.readouterr().err


def test_the_screen_help_is_german_with_examples_and_without_django_options(capsys):
    assert main(["screen", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: wegweiser screen")
    assert "diese Hilfe zeigen und beenden" in out and "Beispiele:" in out
    assert "wegweiser screen --input docs/formats/beispiel-faelle.json" in out
    for english in ("usage:", "options:", "show this help", "--settings", "--pythonpath",
                    "--traceback", "--verbosity", "--no-color", "--version"):
        assert english not in out, english


def test_a_missing_source_is_reported_in_german(capsys):
    assert main(["screen", "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert "Fehler: Es fehlt die Quelle: --authority oder --input." in err
    assert "error" not in err and "Traceback" not in err
