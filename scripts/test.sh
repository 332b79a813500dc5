#!/usr/bin/env bash
# Installs everything and runs the whole test suite (SQLite by default; set DATABASE_URL for
# PostgreSQL). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
export DEBUG=true
exec .venv/bin/python -m pytest "$@"
