#!/usr/bin/env bash
# Installs everything Wegweiser needs on a Debian machine: uv, the Python environment,
# the npm front-end packages and (with --browser) Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export SSL_CERT_FILE="${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}"

find_python() {
  for candidate in python3.12 /root/.pyenv/versions/3.12*/bin/python3.12 /usr/bin/python3.12; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  echo "Python 3.12 wurde nicht gefunden." >&2; return 1
}

PYTHON=$(find_python)
export UV_PYTHON="$PYTHON"
if ! "$PYTHON" -m uv --version >/dev/null 2>&1; then
  echo "» Installiere uv" >&2
  "$PYTHON" -m pip install --quiet uv
fi
echo "» Python-Umgebung (uv sync)" >&2
"$PYTHON" -m uv sync --frozen --quiet
echo "» Front-end-Pakete (npm ci)" >&2
npm ci --no-audit --no-fund --silent

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "» Installiere Chromium (Debian)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
