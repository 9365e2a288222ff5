#!/usr/bin/env bash
# A year of demo invoicing through the gateway: starts the suite (scripts/run.sh) on a fresh data
# folder, runs tools/DemoYear against it as the demo finance users — last year's invoice runs,
# approvals and issues, a credited and a rejected dispute, payments, the barnevernvakt settlement —
# writes every issued document's EHF to a folder per partner, and stops the suite again.
# Usage: scripts/demo-year.sh [OUT_FOLDER]   (default: demo-ehf/; the service's own outbox is under the data folder)
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(realpath -m "${1:-demo-ehf}")
export INTERMUNICIPAL_DATA=$PWD/.data/demo-year
# Ports of their own, so a suite already running on the usual ones is left alone.
export GATEWAY_PORT=${DEMO_GATEWAY_PORT:-5110} ONCALL_PORT=${DEMO_ONCALL_PORT:-5111}
export CAPACITY_PORT=${DEMO_CAPACITY_PORT:-5112} INVOICING_PORT=${DEMO_INVOICING_PORT:-5113}
rm -rf "$INTERMUNICIPAL_DATA" "$out"
mkdir -p "$INTERMUNICIPAL_DATA"

scripts/run.sh > "$INTERMUNICIPAL_DATA/run.log" 2>&1 &
suite=$!
trap 'kill -TERM "$suite" 2>/dev/null || true; wait "$suite" 2>/dev/null || true' EXIT

# run.sh says it is running once every service answers.
until grep -q "Intermunicipal is running" "$INTERMUNICIPAL_DATA/run.log" 2>/dev/null; do
  kill -0 "$suite" 2>/dev/null || { cat "$INTERMUNICIPAL_DATA/run.log" >&2; exit 1; }
  sleep 0.5
done

dotnet tools/DemoYear/bin/Release/net10.0/Intermunicipal.DemoYear.dll --gateway "http://127.0.0.1:$GATEWAY_PORT" --out "$out"
echo "Check them: ../shared/peppol/validate $out"
