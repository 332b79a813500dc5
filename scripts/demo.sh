#!/usr/bin/env bash
# Installs everything, builds the demo district on SQLite and serves it on http://127.0.0.1:8000
# the way an office runs Wegweiser (docs/operations/README.md): gunicorn, static files through
# WhiteNoise, DEBUG off, and the task worker beside it for screening runs and imports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export WEGWEISER_DATA_DIR="${WEGWEISER_DATA_DIR:-$PWD/var}"
mkdir -p "$WEGWEISER_DATA_DIR"
# A key of this machine's own, kept so that logins survive a restart of the demo.
key_file="$WEGWEISER_DATA_DIR/demo-secret-key"
if [ ! -s "$key_file" ]; then
  (umask 077 && .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))' >"$key_file")
fi
export DEBUG=false SECRET_KEY="$(cat "$key_file")" WEGWEISER_BIND="${WEGWEISER_BIND:-127.0.0.1:8000}"
# The demo shows its outgoing mail (booking confirmations …) at /buergerservice/demo-post/:
# mail goes to files (no EMAIL_HOST), and this page, never on in production, lists them.
export WEGWEISER_DEMO_MAIL_PAGE=true
.venv/bin/python manage.py migrate --verbosity 0
.venv/bin/python manage.py collectstatic --noinput --verbosity 0
.venv/bin/python manage.py demo --reset
# Background jobs (screening runs, imports) run in a worker beside the web server.
.venv/bin/python manage.py db_worker --no-reload --verbosity 0 &
trap 'kill $! 2>/dev/null' EXIT
echo "Wegweiser läuft auf http://$WEGWEISER_BIND (Beenden mit Strg+C)"
echo "Bürgerservice: http://$WEGWEISER_BIND/buergerservice/, Demo-Post: http://$WEGWEISER_BIND/buergerservice/demo-post/"
.venv/bin/gunicorn --config deploy/gunicorn.conf.py wegweiser.wsgi
