"""The ``wegweiser`` console script: ``wegweiser screen ...`` (same as ``manage.py screen``)."""

import os
import sys

# One line per subcommand; ``wegweiser BEFEHL --help`` shows its options and examples.
COMMANDS = {
    "screen": "Personen einer Behörde oder einer Austauschdatei auf Bleiberechtswege prüfen",
}
HELP = """Wegweiser – Bleiberechtsprüfung auf der Kommandozeile

Aufruf: wegweiser BEFEHL [OPTIONEN]

Befehle:
{commands}

Hilfe zu einem Befehl: wegweiser screen --help
Beispiel:              wegweiser screen --input docs/formats/beispiel-faelle.json --as-of 2026-12-01
"""
HELP_FLAGS = {"-h", "--help", "help"}


def _help() -> str:
    width = max(map(len, COMMANDS))
    lines = "\n".join(f"  {name:<{width}}  {text}" for name, text in COMMANDS.items())
    return HELP.format(commands=lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in HELP_FLAGS:
        sys.stdout.write(_help())
        return 0
    if not args or args[0] not in COMMANDS:
        if args:
            sys.stderr.write(f"Unbekannter Befehl „{args[0]}“.\n\n")
        sys.stderr.write(_help())
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
    # The command signs nothing, so it may run without SECRET_KEY (settings insist on one
    # for the web server only).
    os.environ.setdefault("WEGWEISER_INSECURE_DEV_KEY", "true")
    from django.core.management import ManagementUtility

    try:
        ManagementUtility(["wegweiser", *args]).execute()
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
