"""The ``wegweiser`` console script: ``wegweiser screen ...`` (same as ``manage.py screen``)."""

import os
import sys

USAGE = """Aufruf: wegweiser screen (--authority KURZNAME | --input DATEI) [--as-of JJJJ-MM-TT]
                        [--format table|json|csv] [--pathway p25b] [--policy DATEI.json]
Hilfe:  wegweiser screen --help
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] != "screen":
        sys.stderr.write(USAGE)
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
