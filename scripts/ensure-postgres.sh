#!/usr/bin/env bash
# Makes sure a local PostgreSQL server runs and has the role the tests use; installs it from
# Debian's packages when absent. Prints the admin connection string the tests create databases with.
set -euo pipefail

role=intermunicipal
password=intermunicipal
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL is not installed; installing it from Debian's packages..." >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

version=$(ls /etc/postgresql | sort -V | tail -n 1)
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  as_root pg_createcluster "$version" main >&2
fi

if ! as_root pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  as_root pg_ctlcluster "$version" main start >&2
fi

port=$(as_root pg_conftool "$version" main show port 2>/dev/null | grep -oE '[0-9]+' || echo 5432)
psql_admin() { as_root su postgres -c "psql -p $port -qtAX -c \"$1\""; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  psql_admin "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'" >&2
fi
# The tests drop their databases WITH (FORCE), which must end every session in them, including an
# autovacuum worker's; without this role PostgreSQL 15 refuses that now and then (42501).
psql_admin "GRANT pg_signal_backend TO $role" >&2

echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=postgres"
