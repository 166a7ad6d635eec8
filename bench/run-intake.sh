#!/usr/bin/env bash
# Intake throughput benchmark: prepares a database with the demo city (`sealguard seed demo`, Development: shop
# 410702000001 with its engravers), adds a shop user with a random password (Production refuses the published demo
# password), starts SealGuard (Release, Production) on a
# free loopback port with the bench endpoint on, runs the load generator (the bare endpoint, then whole filings:
# intake, engraving, imprint upload, delivery), stops the server, checks the audit chain and prints the figures.
#
#   bash bench/run-intake.sh [options]                                   (a fresh SQLite data directory, removed afterwards)
#   bash bench/run-intake.sh --sqlite-dir /tmp/sg-intake [options]        (kept; seeded when it has no demo city yet)
#   bash bench/run-intake.sh --postgres "Host=127.0.0.1;Port=54330;Username=postgres;Password=x;Database=sg_intake" [options]
#
# options: --duration 20 --warmup 3 --concurrency 16 --seals 3 --demo-organizations 20 --seed N
# The personal-data, token and audit chain keys are SealGuard__Keys__PersonalData / SealGuard__Keys__TokenSigning /
# SealGuard__Keys__AuditChain when set (needed for a database seeded earlier with other keys), fresh random keys
# otherwise. ARTIFACTS=/path overrides the build output.
set -euo pipefail

postgres="" sqlite_dir="" duration=20 warmup=3 concurrency=16 seals=3 demo_organizations=20 seed=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgres) postgres="$2"; shift 2 ;;
    --sqlite-dir) sqlite_dir="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --seals) seals="$2"; shift 2 ;;
    --demo-organizations) demo_organizations="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/server.sh
source "$root/bench/server.sh"
work="$(mktemp -d /tmp/sealguard-intake.XXXXXX)"
trap stop_server EXIT
build_all

if [[ -n "$postgres" ]]; then
  # Imprints and other blobs go to the data directory, also on PostgreSQL.
  db=(--SealGuard:Database:Provider=Postgres "--ConnectionStrings:Default=$postgres" "--SealGuard:DataDirectory=$work/data")
else
  sqlite_dir="${sqlite_dir:-$work/data}"
  db=(--SealGuard:Database:Provider=Sqlite "--SealGuard:DataDirectory=$sqlite_dir")
fi

# Every filing encrypts ID numbers and extends the audit chain, every request carries a signed token: one set of keys
# for seeding, serving and verifying.
export SealGuard__Keys__PersonalData="${SealGuard__Keys__PersonalData:-$(openssl rand -base64 32)}"
export SealGuard__Keys__TokenSigning="${SealGuard__Keys__TokenSigning:-$(openssl rand -base64 32)}"
export SealGuard__Keys__AuditChain="${SealGuard__Keys__AuditChain:-$(openssl rand -base64 32)}"

echo "== prepare the database: migrations and the demo city ($demo_organizations organizations; left alone when it is there)"
# Demo seeding is refused in Production; the server itself runs in Production below.
dotnet "$cli" seed demo --organizations "$demo_organizations" --environment=Development "${db[@]}"
password="Bench#$(openssl rand -hex 6)"
user="bench.shop.$(openssl rand -hex 4)"
dotnet "$cli" users add --username "$user" --password "$password" --role ShopOperator --shop 410702000001 --environment=Production "${db[@]}"

# Production, with the build output as content root (bench/server.sh), as in a deployment.
start_server "$work/server.log" --environment=Production "${db[@]}"

echo "== load"
seed_args=()
[[ -n "$seed" ]] && seed_args=(--seed "$seed")
status=0
dotnet "$bench" intake --url "$url" --user "$user" --password "$password" --seals "$seals" --duration "$duration" \
  --warmup "$warmup" --concurrency "$concurrency" --pid "$server_pid" "${seed_args[@]}" || status=$?

stop_server
failures="$(grep -cE '^(fail|crit):' "$work/server.log" || true)"
if [[ "$failures" -gt 0 ]]; then
  # The load generator cancels the requests in flight when a phase's time is up; the server logs their rolled-back
  # transactions here. Anything else is a real error.
  echo "== server log: $failures fail/crit entries (requests cut off at the end of the warm-up and of the run show up here)"
  grep -E -A3 '^(fail|crit):' "$work/server.log" | head -40
fi

echo "== audit chain after the load"
dotnet "$cli" audit verify --environment=Production "${db[@]}" || status=$?

rm -rf "$work"
exit "$status"
