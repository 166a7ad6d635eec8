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
# shellcheck source=bench/server.sh
source "$root/bench/server.sh"
work="$(mktemp -d /tmp/sealguard-bench.XXXXXX)"
trap stop_server EXIT
build_all

if [[ -n "$postgres" ]]; then use_database "$postgres" "$work/data"; else use_database "" "$sqlite_dir"; fi

echo "== sample $samples seal codes"
dotnet "$bench" sample "${db_args[@]}" --count "$samples" --out "$work/codes.tsv"

# Production: no demo data, no development logging. Fresh random keys: verification reads no personal data.
SealGuard__Keys__PersonalData="$(openssl rand -base64 32)" SealGuard__Keys__TokenSigning="$(openssl rand -base64 32)" \
  SealGuard__Keys__AuditChain="$(openssl rand -base64 32)" \
  start_server "$work/server.log" --environment=Production "${server_db[@]}"

echo "== load"
dotnet "$bench" verify --url "$url" --codes "$work/codes.tsv" --duration "$duration" --warmup "$warmup" \
  --concurrency "$concurrency" --pid "$server_pid" "${db_args[@]}"

stop_server
rm -rf "$work"
