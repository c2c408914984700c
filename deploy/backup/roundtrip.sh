#!/usr/bin/env bash
# Backup and restore round trip: pg_dump a database in custom format, restore it into a scratch database, and
# check that every table has the same number of rows and the schema the same migrations. Exit 1 on any difference.
#   deploy/backup/roundtrip.sh [database] [attachments directory]
#   (default: attract and data/attachments; PGHOST/PGPORT/PGUSER as for psql)
# The dump is the backup: keep it (ATTRACT_BACKUP_DIR) and restore it with the same pg_restore line.
# Attachments in the file-system store (ADR 0033) go into a tar beside the dump, restored into a scratch directory;
# every attachment row of the restored database must find its file there with the SHA-256 the row records.
# Attachments in S3 are backed up by the bucket (versioning and a mirror: docs/operations.md → Backups).
set -euo pipefail

SOURCE="${1:-attract}"
FILES="${2:-data/attachments}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SCRATCH="${SOURCE}_restore_check"
DIR="${ATTRACT_BACKUP_DIR:-$(mktemp -d)}"
DUMP="$DIR/$SOURCE-$(date -u +%Y%m%dT%H%M%SZ).dump"

counts() {
  psql -d "$1" -Atq -v ON_ERROR_STOP=1 <<'SQL'
select format('select %L || '' '' || count(*) from %I.%I;', table_name, table_schema, table_name)
from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
\gexec
SQL
}

echo "dumping $SOURCE to $DUMP"
pg_dump -d "$SOURCE" -Fc -f "$DUMP"
ARCHIVE="${DUMP%.dump}-attachments.tar"
mkdir -p "$FILES"
echo "archiving $FILES to $ARCHIVE"
tar -cf "$ARCHIVE" -C "$FILES" .

dropdb --if-exists "$SCRATCH"
# The same encoding and character type as the source: pg_trgm indexes Chinese only when LC_CTYPE is not C.
read -r CTYPE COLLATE < <(psql -d "$SOURCE" -Atq -F ' ' -c \
  "select datctype, datcollate from pg_database where datname = current_database()")
createdb -T template0 -E UTF8 --lc-ctype="$CTYPE" --lc-collate="$COLLATE" "$SCRATCH"
echo "restoring into $SCRATCH"
pg_restore -d "$SCRATCH" --no-owner --exit-on-error "$DUMP"

if diff <(counts "$SOURCE") <(counts "$SCRATCH") > "$DIR/difference.txt"; then
  TABLES=$(counts "$SOURCE" | wc -l)
  ROWS=$(counts "$SOURCE" | awk '{s += $2} END {print s}')
  MIGRATION=$(psql -d "$SCRATCH" -Atq -c "select max(version::int) from flyway_schema_history where success")
  RESTORED="$(mktemp -d)"
  tar -xf "$ARCHIVE" -C "$RESTORED"
  MISSING=0
  ATTACHMENTS=0
  while read -r KEY SHA; do
    [ -n "$KEY" ] || continue
    ATTACHMENTS=$((ATTACHMENTS + 1))
    FILE="$RESTORED/${KEY:0:2}/$KEY"
    if [ ! -f "$FILE" ] || [ "$(sha256sum "$FILE" | cut -d' ' -f1)" != "$SHA" ]; then
      echo "attachment $KEY missing or changed in the restored files"
      MISSING=$((MISSING + 1))
    fi
  done < <(psql -d "$SCRATCH" -Atq -F ' ' -c "select storage_key, sha256 from attachment")
  rm -rf "$RESTORED"
  if [ "$MISSING" -gt 0 ]; then
    echo "round trip FAILED: $MISSING of $ATTACHMENTS attachments not restored"
    exit 1
  fi
  echo "round trip ok: $TABLES tables, $ROWS rows, $ATTACHMENTS attachments, schema at V$MIGRATION"
  dropdb "$SCRATCH"
else
  echo "round trip FAILED: row counts differ (left: $SOURCE, right: $SCRATCH)"
  cat "$DIR/difference.txt"
  exit 1
fi
