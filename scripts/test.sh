#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, proto lint, a warning-free build, and every
# test project, with PostgreSQL (installed and started here when absent) so storage tests run
# against both SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "Tools (dotnet-ef, buf)"
dotnet tool restore
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is missing; installing Node.js from Debian's packages" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq nodejs npm; else sudo apt-get update -qq && sudo apt-get install -y -qq nodejs npm; fi
fi
# npm install, not npm ci: the lock records only this platform's buf binary, which npm ci rejects.
npm install --no-audit --no-fund --loglevel=error

step "Restore"
dotnet restore Intermunicipal.sln

step "Format (dotnet format --verify-no-changes)"
dotnet format Intermunicipal.sln --verify-no-changes --no-restore

step "Proto lint (buf, STANDARD rules)"
npx --no-install buf lint

step "Build (warnings are errors)"
dotnet build Intermunicipal.sln -c Release --no-restore

step "PostgreSQL"
INTERMUNICIPAL_TEST_POSTGRES=$(scripts/ensure-postgres.sh)
export INTERMUNICIPAL_TEST_POSTGRES
export INTERMUNICIPAL_REQUIRE_POSTGRES=1

step "Tests"
dotnet test --solution Intermunicipal.sln -c Release --no-build
