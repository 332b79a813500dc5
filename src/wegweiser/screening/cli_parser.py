"""German help and error messages for ``wegweiser screen`` (argparse itself speaks English).

The help shows the command's own options and examples; Django's internal options
(--settings, --traceback, ...) still work but are not listed.
"""

from __future__ import annotations

import re
import sys
from argparse import SUPPRESS, ArgumentParser, RawDescriptionHelpFormatter

from django.core.management.base import CommandError, CommandParser, DjangoHelpFormatter

# Django's options every command has; hidden from the help because nobody screening needs them.
INTERNAL_OPTIONS = {"--version", "--verbosity", "--settings", "--pythonpath", "--traceback",
                    "--no-color", "--force-color", "--skip-checks"}

# argparse's messages (Python 3.12) and their German wording.
MESSAGES = [
    (r"one of the arguments (\S+) (\S+) is required", "Es fehlt die Quelle: {0} oder {1}."),
    (r"the following arguments are required: (.+)", "Es fehlt: {0}."),
    (r"argument (\S+): not allowed with argument (\S+)",
     "{0} und {1} schließen sich aus; bitte nur eine Quelle angeben."),
    (r"argument (\S+): invalid choice: '?(.*?)'? \(choose from (.+)\)",
     "{0}: „{1}“ ist nicht möglich; erlaubt: {2}."),
    (r"argument (\S+): expected one argument", "{0}: Es fehlt der Wert."),
    (r"argument (\S+): ignored explicit argument '?(.*?)'?", "{0} nimmt keinen Wert („{1}“)."),
    (r"unrecognized arguments: (.+)", "Unbekannte Angabe: {0}."),
    (r"ambiguous option: (\S+) could match (.+)", "{0} ist mehrdeutig: {1}."),
]


def german_message(message: str) -> str:
    for pattern, german in MESSAGES:
        match = re.fullmatch(pattern, message)
        if match:
            return german.format(*match.groups())
    return message


class GermanHelpFormatter(DjangoHelpFormatter, RawDescriptionHelpFormatter):
    """"Aufruf:" instead of "usage:"; the examples in the epilog keep their line breaks."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix="Aufruf: ")


class GermanParser(CommandParser):
    def error(self, message):
        german = german_message(message)
        if not self.called_from_command_line:
            raise CommandError(f"Fehler: {german}", returncode=2)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: Fehler: {german}\n")


def add_help(parser: ArgumentParser) -> None:
    """German -h/--help (the parser is built with ``add_help=False``), listed first."""
    parser.add_argument("-h", "--help", action="help", default=SUPPRESS,
                        help="diese Hilfe zeigen und beenden")


def germanise(parser: ArgumentParser) -> ArgumentParser:
    """Turn the parser Django built into the German one (same state, other messages)."""
    parser.__class__ = GermanParser
    parser._optionals.title = "Optionen"
    return parser
