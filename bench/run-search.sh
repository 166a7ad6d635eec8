#!/usr/bin/env bash
# Police search and dashboard benchmark: against a database filled by `sealguard seed synthetic`, creates a police
# user for the whole jurisdiction, starts SealGuard (Release, Production) on a free loopback port with the loader's
# personal-data key (so ID numbers can be revealed and searched), samples seals, and times each kind of police query
# (exact seal code, credit code, ID number; organization name substrings of 4, 3 and 2 characters; the dashboard's
# statistics), printing p50/p95/p99 per kind.
#
#   bash bench/run-search.sh --data-dir /tmp/sg-10m --jurisdiction 41 \
#     --postgres "Host=127.0.0.1;Port=54330;Username=postgres;Password=x;Database=sg_10m" [options]
#   bash bench/run-search.sh --data-dir /tmp/sg-1m-sqlite --jurisdiction 4107 [options]      (SQLite in the data dir)
#
# options: --duration 10 --warmup 2 --concurrency 4 --samples 2000 --lookups 200; ARTIFACTS=/path overrides the build output.
set -euo pipefail

postgres="" data_dir="" jurisdiction="" duration=10 warmup=2 concurrency=4 samples=2000 lookups=200
while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgres) postgres="$2"; shift 2 ;;
    --data-dir) data_dir="$2"; shift 2 ;;
    --jurisdiction) jurisdiction="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    --lookups) lookups="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ -z "$data_dir" || -z "$jurisdiction" ]]; then
  echo "give --data-dir DIR (the loader's, holding keys/) and --jurisdiction PREFIX" >&2; exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/server.sh
source "$root/bench/server.sh"
work="$(mktemp -d /tmp/sealguard-bench.XXXXXX)"
trap stop_server EXIT
build_all

use_database "$postgres" "$data_dir"
# The deployment's jurisdiction is the loaded one (a 10M province-wide load is under 41, the default is 4107).
server_db+=("--SealGuard:Jurisdiction=$jurisdiction")
export SealGuard__Keys__PersonalData="$(cat "$data_dir/keys/personal-data.key")"
export SealGuard__Keys__TokenSigning="$(openssl rand -base64 32)"
# The audit entries of the searches extend the loader's chain: its key too.
export SealGuard__Keys__AuditChain="$(cat "$data_dir/keys/audit-chain.key")"
password="Bench#$(openssl rand -hex 6)"
user="bench.police.$(openssl rand -hex 4)"

echo "== police user $user (PoliceAdmin, jurisdiction $jurisdiction) and $samples sampled seals"
dotnet "$cli" users add --username "$user" --password "$password" --role PoliceAdmin --jurisdiction "$jurisdiction" \
  --environment=Production "${server_db[@]}"
dotnet "$bench" sample "${db_args[@]}" --count "$samples" --out "$work/codes.tsv"

start_server "$work/server.log" --environment=Production "${server_db[@]}"

echo "== queries"
dotnet "$bench" search --url "$url" --user "$user" --password "$password" --codes "$work/codes.tsv" --lookups "$lookups" \
  --duration "$duration" --warmup "$warmup" --concurrency "$concurrency" --pid "$server_pid"

stop_server
rm -rf "$work"
