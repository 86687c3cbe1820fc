#!/usr/bin/env bash
# Services the tests need: PostgreSQL (repository tests) and headless Chromium + chromedriver
# (browser tests). Idempotent: installs what is missing, starts what is stopped, creates the test
# database once. Sourced by .ci/run; run on its own, it prints the export lines to eval.
set -euo pipefail

FLOWBOOK_PG_DB=${FLOWBOOK_PG_DB:-flowbook_test}
FLOWBOOK_PG_USER=${FLOWBOOK_PG_USER:-flowbook}
FLOWBOOK_PG_PASSWORD=${FLOWBOOK_PG_PASSWORD:-flowbook}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  echo "prepare-services: installing ${missing[*]}" >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >&2
fi

# PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
cluster=$(pg_lsclusters --no-header 2>/dev/null | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  as_root pg_createcluster "$version" main >&2
  cluster="$version main"
fi
# shellcheck disable=SC2086
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  as_root pg_ctlcluster $cluster start >&2
fi
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')

psql_pg() { as_root su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
for _ in $(seq 1 30); do psql_pg "SELECT 1" >/dev/null 2>&1 && break; sleep 1; done
if [ "$(psql_pg "SELECT 1 FROM pg_roles WHERE rolname='$FLOWBOOK_PG_USER'")" != 1 ]; then
  psql_pg "CREATE ROLE $FLOWBOOK_PG_USER LOGIN PASSWORD '$FLOWBOOK_PG_PASSWORD'" >&2
fi
if [ "$(psql_pg "SELECT 1 FROM pg_database WHERE datname='$FLOWBOOK_PG_DB'")" != 1 ]; then
  psql_pg "CREATE DATABASE $FLOWBOOK_PG_DB OWNER $FLOWBOOK_PG_USER" >&2
fi

export FLOWBOOK_TEST_PG_URL="jdbc:postgresql://localhost:$port/$FLOWBOOK_PG_DB?user=$FLOWBOOK_PG_USER&password=$FLOWBOOK_PG_PASSWORD"
export FLOWBOOK_CHROMEDRIVER=/usr/bin/chromedriver
echo "export FLOWBOOK_TEST_PG_URL='$FLOWBOOK_TEST_PG_URL'"
echo "export FLOWBOOK_CHROMEDRIVER=$FLOWBOOK_CHROMEDRIVER"
