#!/usr/bin/env bash
# Starts Debian's PostgreSQL and makes a role and a database (owned by it) for the PostgreSQL run of the
# fair-core service tests. Prints the JDBC URL on stdout, everything else goes to stderr.
# Usage: postgres.sh ROLE DATABASE, with the role's new password as the first line on stdin (so that it is
# never on a command line, and sudo passes it on).
# Run by ./test as root (Debian, no systemd needed), after it installed postgresql. Safe to run again: every
# step checks first.
set -euo pipefail

ROLE=$1
DATABASE=$2
IFS= read -r FAIRPASS_TEST_PG_PASSWORD || true
: "${FAIRPASS_TEST_PG_PASSWORD:?the role password goes on stdin}"
export FAIRPASS_TEST_PG_PASSWORD

if [ "$(id -u)" -ne 0 ]; then
    echo "test-setup/postgres.sh must run as root" >&2
    exit 1
fi
cd /   # the postgres user cannot read the checkout

# Debian's cluster tools: initdb refuses root, pg_ctlcluster runs the server as the postgres user.
VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
    pg_createcluster "$VERSION" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 ~ /^online/ { found = 1 } END { exit !found }'; then
    pg_ctlcluster "$VERSION" main start >&2
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" { print $3 }')

as_postgres() {
    runuser -u postgres -- psql --port="$PORT" -v ON_ERROR_STOP=1 -qAt "$@"
}
if [ -z "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
    as_postgres -c "CREATE ROLE \"$ROLE\" LOGIN" >&2
fi
# The password from the environment through a psql variable: quoted properly, never on a command line.
as_postgres >&2 <<SQL
\\getenv password FAIRPASS_TEST_PG_PASSWORD
ALTER ROLE "$ROLE" PASSWORD :'password';
SQL
if [ -z "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
    as_postgres -c "CREATE DATABASE \"$DATABASE\" OWNER \"$ROLE\" ENCODING 'UTF8' TEMPLATE template0" >&2
fi

echo "jdbc:postgresql://127.0.0.1:$PORT/$DATABASE"
