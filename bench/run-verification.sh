#!/usr/bin/env bash
# Public verification benchmark: starts SealGuard (Release) on a free loopback port with the rate limit off and the
# bench endpoint on, against an existing database, samples seal codes from it, runs the load generator at the bare
# endpoint, the verification API and the raw SQL lookup, stops the server and prints the figures.
#
#   bash bench/run-verification.sh --postgres "Host=127.0.0.1;Port=54330;Username=postgres;Password=x;Database=sg_1m" [options]
#   bash bench/run-verification.sh --sqlite-dir /tmp/sg-1m-sqlite [options]       (the data directory holding sealguard.db)
#
# options: --duration 20 --warmup 3 --concurrency 32 --samples 10000; ARTIFACTS=/path overrides the build output.
set -euo pipefail

postgres="" sqlite_dir="" duration=20 warmup=3 concurrency=32 samples=10000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgres) postgres="$2"; shift 2 ;;
    --sqlite-dir) sqlite_dir="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ -z "$postgres" && -z "$sqlite_dir" ]]; then
  echo "give --postgres CONNECTION or --sqlite-dir DIR" >&2; exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="${ARTIFACTS:-$root/artifacts}"
work="$(mktemp -d /tmp/sealguard-bench.XXXXXX)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

echo "== build (Release, $artifacts)"
dotnet build "$root/src/SealGuard.Web" -c Release -p:ArtifactsPath="$artifacts" -v quiet -nologo >/dev/null
dotnet build "$root/bench/SealGuard.Benchmarks" -c Release -p:ArtifactsPath="$artifacts" -v quiet -nologo >/dev/null
web="$artifacts/bin/SealGuard.Web/release_linux-x64/SealGuard.Web.dll"
bench="$artifacts/bin/SealGuard.Benchmarks/release_linux-x64/sealguard-bench.dll"

if [[ -n "$postgres" ]]; then
  db_args=(--postgres "$postgres")
  server_db=(--SealGuard:Database:Provider=Postgres "--ConnectionStrings:Default=$postgres" "--SealGuard:DataDirectory=$work/data")
else
  db_args=(--sqlite "$sqlite_dir/sealguard.db")
  server_db=(--SealGuard:Database:Provider=Sqlite "--SealGuard:DataDirectory=$sqlite_dir")
fi

echo "== sample $samples seal codes"
dotnet "$bench" sample "${db_args[@]}" --count "$samples" --out "$work/codes.tsv"

echo "== start the server"
# Production: no demo data, no development logging. Fresh random keys: verification reads no personal data.
SealGuard__Keys__PersonalData="$(openssl rand -base64 32)" SealGuard__Keys__TokenSigning="$(openssl rand -base64 32)" \
  dotnet "$web" --environment=Production --urls http://127.0.0.1:0 "${server_db[@]}" \
  --SealGuard:Demo=false --SealGuard:RateLimiting:PublicPerMinute=0 --SealGuard:Benchmarks:Enabled=true \
  >"$work/server.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 1 120); do
  url="$(grep -so 'running at http://127\.0\.0\.1:[0-9]*' "$work/server.log" | head -1 | sed 's/running at //')" || true
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
[[ -n "$url" ]] || { echo "server did not start"; cat "$work/server.log"; exit 1; }
echo "server pid $server_pid at $url"

echo "== load"
dotnet "$bench" verify --url "$url" --codes "$work/codes.tsv" --duration "$duration" --warmup "$warmup" \
  --concurrency "$concurrency" --pid "$server_pid" "${db_args[@]}"

cleanup
server_pid=""
rm -rf "$work"
