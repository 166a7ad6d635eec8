#!/usr/bin/env bash
# Alerts benchmark: prepares a database with the demo city (`sealguard seed demo`, Development) and --alerts synthetic
# alerts (`sealguard alerts synthetic`, Development; every run adds them, so give a kept directory --alerts 0 the second time), adds an officer, a police
# admin and a shop user with random passwords, starts SealGuard (Release, Production, scheduled rules off) on a free
# loopback port and runs `sealguard-bench alerts`: (a) the alerts list's p95 (first page, by rule and state, a later
# cursor page) and (b) whole filings with every alert rule off, then on, in the same run (the intake step's p95 ratio).
# The rules are put back as they were. The issue's targets: (a) p95 < 50 ms with 100,000 alerts, (b) < 5 ms added.
#
#   bash bench/run-alerts.sh [options]                                   (a fresh SQLite data directory, removed afterwards)
#   bash bench/run-alerts.sh --sqlite-dir /tmp/sg-alerts [options]        (kept; seeded when it has no demo city yet)
#   bash bench/run-alerts.sh --postgres "Host=127.0.0.1;Port=5432;Username=postgres;Password=x;Database=sg_alerts" [options]
#
# options: --alerts 100000 --duration 10 --warmup 2 --concurrency 4 --seals 2 --seed N
# Keys as in bench/run-intake.sh (SealGuard__Keys__* when set, fresh random keys otherwise). ARTIFACTS=/path overrides
# the build output.
set -euo pipefail

postgres="" sqlite_dir="" alerts=100000 duration=10 warmup=2 concurrency=4 seals=2 seed=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgres) postgres="$2"; shift 2 ;;
    --sqlite-dir) sqlite_dir="$2"; shift 2 ;;
    --alerts) alerts="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --seals) seals="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/server.sh
source "$root/bench/server.sh"
work="$(mktemp -d /tmp/sealguard-alerts.XXXXXX)"
trap stop_server EXIT
build_all

if [[ -n "$postgres" ]]; then
  db=(--SealGuard:Database:Provider=Postgres "--ConnectionStrings:Default=$postgres" "--SealGuard:DataDirectory=$work/data")
else
  sqlite_dir="${sqlite_dir:-$work/data}"
  db=(--SealGuard:Database:Provider=Sqlite "--SealGuard:DataDirectory=$sqlite_dir")
fi

export SealGuard__Keys__PersonalData="${SealGuard__Keys__PersonalData:-$(openssl rand -base64 32)}"
export SealGuard__Keys__TokenSigning="${SealGuard__Keys__TokenSigning:-$(openssl rand -base64 32)}"
export SealGuard__Keys__AuditChain="${SealGuard__Keys__AuditChain:-$(openssl rand -base64 32)}"

echo "== prepare the database: migrations, the demo city and $alerts synthetic alerts"
dotnet "$cli" seed demo --environment=Development "${db[@]}"
dotnet "$cli" alerts synthetic --count "$alerts" --environment=Development "${db[@]}"
password="Bench#$(openssl rand -hex 6)"
suffix="$(openssl rand -hex 4)"
dotnet "$cli" users add --username "bench.police.$suffix" --password "$password" --role PoliceOfficer --jurisdiction 4107 --environment=Production "${db[@]}"
dotnet "$cli" users add --username "bench.admin.$suffix" --password "$password" --role PoliceAdmin --jurisdiction 4107 --environment=Production "${db[@]}"
dotnet "$cli" users add --username "bench.shop.$suffix" --password "$password" --role ShopOperator --shop 410702000001 --environment=Production "${db[@]}"

start_server "$work/server.log" --environment=Production --SealGuard:Alerts:ScheduleMinutes=0 "${db[@]}"

echo "== load"
seed_args=()
[[ -n "$seed" ]] && seed_args=(--seed "$seed")
status=0
dotnet "$bench" alerts --url "$url" --police "bench.police.$suffix:$password" --admin "bench.admin.$suffix:$password" \
  --shop "bench.shop.$suffix:$password" --seals "$seals" --duration "$duration" --warmup "$warmup" --concurrency "$concurrency" \
  "${seed_args[@]}" || status=$?

stop_server
rm -rf "$work"
exit "$status"
