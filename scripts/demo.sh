#!/usr/bin/env bash
# Installs everything, builds the demo district on SQLite and serves it on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DEBUG=true WEGWEISER_DATA_DIR="${WEGWEISER_DATA_DIR:-$PWD/var}"
.venv/bin/python manage.py migrate --verbosity 0
.venv/bin/python manage.py demo --reset
# Background jobs (imports) run in a worker beside the web server.
.venv/bin/python manage.py db_worker --no-reload --verbosity 0 &
trap 'kill $! 2>/dev/null' EXIT
echo "Wegweiser läuft auf http://127.0.0.1:8000 (Beenden mit Strg+C)"
.venv/bin/python manage.py runserver 127.0.0.1:8000
