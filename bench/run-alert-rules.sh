#!/usr/bin/env bash
# Scheduled alert rules benchmark: against a database filled by `sealguard seed synthetic`, runs each scheduled alert
# rule (ImprintOverdue, Uncollected) once through `sealguard alerts run` (Release, Production) and prints how long each
# took and how many alerts it raised. The first run of a rule reads from the beginning; a second run of this script is
# the incremental case (each rule reads only past its watermark). The issue's target: each under 60 s on 10M seals.
#
#   bash bench/run-alert-rules.sh --data-dir /tmp/sg-10m \
#     --postgres "Host=127.0.0.1;Port=54330;Username=postgres;Password=x;Database=sg_10m" [--rule ImprintOverdue]
#   bash bench/run-alert-rules.sh --data-dir /tmp/sg-1m-sqlite      (SQLite in the data dir)
set -euo pipefail

postgres="" data_dir="" rule=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgres) postgres="$2"; shift 2 ;;
    --data-dir) data_dir="$2"; shift 2 ;;
    --rule) rule="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ -z "$data_dir" ]]; then
  echo "give --data-dir DIR (the loader's, holding keys/)" >&2; exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=bench/server.sh
source "$root/bench/server.sh"
build_all

use_database "$postgres" "$data_dir"
export SealGuard__Keys__PersonalData="$(cat "$data_dir/keys/personal-data.key")"
export SealGuard__Keys__TokenSigning="$(openssl rand -base64 32)"
export SealGuard__Keys__AuditChain="$(cat "$data_dir/keys/audit-chain.key")"
rule_args=()
if [[ -n "$rule" ]]; then rule_args=(--rule "$rule"); fi

echo "== scheduled alert rules, once each"
dotnet "$cli" alerts run "${rule_args[@]}" --environment=Production "${server_db[@]}"
