#!/usr/bin/env bash
# Runs the suite locally: builds, then starts every service and the gateway on loopback with
# embedded SQLite under .data/ and demo data. Ctrl-C stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/.."

gateway_port=${GATEWAY_PORT:-5100}
oncall_port=${ONCALL_PORT:-5101}
capacity_port=${CAPACITY_PORT:-5102}
invoicing_port=${INVOICING_PORT:-5103}
data=${INTERMUNICIPAL_DATA:-$PWD/.data}

dotnet build Intermunicipal.sln -c Release -v quiet -nologo

# A fresh development signing key per run: tokens from an earlier run stop working, and no
# key is ever committed. Production sets Auth:Authority instead and has no token endpoint.
export Auth__SigningKey=${Auth__SigningKey:-$(head -c 32 /dev/urandom | base64)}
export ASPNETCORE_ENVIRONMENT=Development
mkdir -p "$data"

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "Stopping..."
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
}
# Stopped by the user: stop everything and end here, not at the "a process stopped" report below.
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

start() { # name, project folder, port, extra args...
  local name=$1 folder=$2 port=$3; shift 3
  dotnet "$folder/bin/Release/net10.0/Intermunicipal.$name.dll" --contentRoot "$PWD/$folder" \
    --urls "http://127.0.0.1:$port" "$@" > "$data/$name.log" 2>&1 &
  pids+=($!)
}

start OnCall services/OnCall "$oncall_port" --Storage:DataDirectory="$data"
start Capacity services/Capacity "$capacity_port" --Storage:DataDirectory="$data"
start Invoicing services/Invoicing "$invoicing_port" --Storage:DataDirectory="$data" --Outbox:Directory="$data/outbox" \
  --UsageSources:OnCall="http://127.0.0.1:$oncall_port" --UsageSources:Capacity="http://127.0.0.1:$capacity_port"
start Gateway gateway "$gateway_port" \
  --ReverseProxy:Clusters:oncall:Destinations:oncall-1:Address="http://127.0.0.1:$oncall_port" \
  --ReverseProxy:Clusters:capacity:Destinations:capacity-1:Address="http://127.0.0.1:$capacity_port" \
  --ReverseProxy:Clusters:invoicing:Destinations:invoicing-1:Address="http://127.0.0.1:$invoicing_port"

# Up means: the gateway hands out tokens, and every service listens (a service opens its port
# only after its migrations and start-up data, so any HTTP answer from it will do).
ready() {
  curl -sf --http2-prior-knowledge "http://127.0.0.1:$gateway_port/dev/tokens" >/dev/null 2>&1 || return 1
  for port in "$oncall_port" "$capacity_port" "$invoicing_port"; do
    curl -s -o /dev/null --http2-prior-knowledge "http://127.0.0.1:$port/" || return 1
  done
}

# Wait until everything is up before telling the user it is.
for _ in $(seq 1 150); do
  if ready; then break; fi
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "A process failed to start; see $data/*.log" >&2; exit 1; }
  done
  sleep 0.2
done

cat <<INFO

Intermunicipal is running (logs in $data/*.log).
  Gateway (gRPC, HTTP/2 cleartext): http://127.0.0.1:$gateway_port
  Demo users:   curl -s --http2-prior-knowledge http://127.0.0.1:$gateway_port/dev/tokens
  A token:      TOKEN=\$(curl -s --http2-prior-knowledge http://127.0.0.1:$gateway_port/dev/tokens/baerum-vakt)
  Try it:       grpcurl -plaintext -H "authorization: Bearer \$TOKEN" 127.0.0.1:$gateway_port list
                grpcurl -plaintext -H "authorization: Bearer \$TOKEN" 127.0.0.1:$gateway_port intermunicipal.oncall.v1.OnCallService/ListOnCallUnits
  Capacity:     COORDINATOR=\$(curl -s --http2-prior-knowledge http://127.0.0.1:$gateway_port/dev/tokens/asker-koordinator)
                grpcurl -plaintext -H "authorization: Bearer \$COORDINATOR" -d '{}' \\
                  127.0.0.1:$gateway_port intermunicipal.capacity.v1.CapacityService/GetCapacityBoard
Press Ctrl-C to stop.
INFO

status=0
wait -n "${pids[@]}" || status=$?
echo "A process stopped; see $data/*.log" >&2
exit "$status"
