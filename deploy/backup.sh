#!/usr/bin/env bash
# Backs up Wegweiser's database into a new file in WEGWEISER_BACKUP_DIR and deletes backups older
# than WEGWEISER_BACKUP_KEEP_DAYS days (default 30). Run nightly by wegweiser-backup.timer;
# restore: docs/operations/sicherung.md.
#   SQLite:     manage.py backup_database (online, one consistent snapshot, checked)
#   PostgreSQL: pg_dump in the custom format (for pg_restore), as BACKUP_DATABASE_URL if set
#               (a role that bypasses row-level security), else as DATABASE_URL
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${WEGWEISER_BACKUP_DIR:?WEGWEISER_BACKUP_DIR ist nicht gesetzt}"
keep="${WEGWEISER_BACKUP_KEEP_DAYS:-30}"
[[ "$keep" =~ ^[0-9]+$ ]] || { echo "WEGWEISER_BACKUP_KEEP_DAYS muss eine Zahl sein, nicht '$keep'" >&2; exit 2; }
[ -d "$dir" ] || { echo "Das Sicherungsverzeichnis $dir gibt es nicht." >&2; exit 2; }
umask 077  # the backups hold personal data
stamp=$(date +%Y-%m-%d-%H%M%S)

case "${DATABASE_URL:-}" in
  postgres://*|postgresql://*)
    target="$dir/wegweiser-$stamp.dump"
    pg_dump --format=custom --dbname="${BACKUP_DATABASE_URL:-$DATABASE_URL}" --file="$target.teil"
    mv "$target.teil" "$target"
    echo "Sicherung geschrieben: $target"
    ;;
  *)
    .venv/bin/python manage.py backup_database "$dir/wegweiser-$stamp.sqlite3"
    ;;
esac

# Retention: a backup is personal data too and goes after the agreed time.
find "$dir" -maxdepth 1 -type f -name 'wegweiser-*' -mtime "+$keep" -print -delete
