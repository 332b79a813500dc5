#!/usr/bin/env bash
# Catalogues of the public pages (/buergerservice/) in six languages besides German:
# src/wegweiser/public/locale/<lang>/LC_MESSAGES/django.po (+ compiled .mo, checked in).
#   bash scripts/public_messages.sh           extract new/changed texts of src/wegweiser/public, then compile
#   bash scripts/public_messages.sh compile   only compile (after translating the .po files)
# Needs GNU gettext (apt-get install gettext). The staff catalogue (src/wegweiser/locale) ignores
# public/; tests/public/test_public_catalogues_are_complete.py keeps these catalogues complete.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p src/wegweiser/public/locale
DEBUG="${DEBUG:-true}" PYTHONPATH=src .venv/bin/python - "${1:-update}" <<'PY'
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wegweiser.settings")
django.setup()
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

# Without this, makemessages would write public texts into the staff catalogue (LOCALE_PATHS).
settings.LOCALE_PATHS = []
os.chdir("src/wegweiser/public")
languages = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
if sys.argv[1] != "compile":
    call_command("makemessages", locale=languages, no_obsolete=True, verbosity=1,
                 ignore_patterns=["migrations/*", "static/*"])
call_command("compilemessages", locale=languages, verbosity=1)
PY
