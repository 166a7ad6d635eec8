# Shared by the bench/run-*.sh scripts (sourced): builds SealGuard and the load generator in Release, and starts the
# server on a free loopback port. Needs $root; sets $artifacts, $web, $bench, $server_pid and $url.

artifacts="${ARTIFACTS:-$root/artifacts}"
web="$artifacts/bin/SealGuard.Web/release_linux-x64/SealGuard.Web.dll"
cli="$artifacts/bin/SealGuard.Cli/release_linux-x64/sealguard.dll"
bench="$artifacts/bin/SealGuard.Benchmarks/release_linux-x64/sealguard-bench.dll"
server_pid=""
url=""

# use_database POSTGRES DATA_DIR: the load generator's (db_args) and the server's (server_db) database arguments: the
# PostgreSQL connection string when given, else the SQLite file in DATA_DIR; DATA_DIR is the server's data directory.
use_database() {
  if [[ -n "$1" ]]; then
    db_args=(--postgres "$1")
    server_db=(--SealGuard:Database:Provider=Postgres "--ConnectionStrings:Default=$1" "--SealGuard:DataDirectory=$2")
  else
    db_args=(--sqlite "$2/sealguard.db")
    server_db=(--SealGuard:Database:Provider=Sqlite "--SealGuard:DataDirectory=$2")
  fi
}

stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

build_all() {
  echo "== build (Release, $artifacts)"
  local project
  for project in src/SealGuard.Web src/SealGuard.Cli bench/SealGuard.Benchmarks; do
    dotnet build "$root/$project" -c Release -p:ArtifactsPath="$artifacts" -v quiet -nologo >/dev/null
  done
}

# start_server LOGFILE ARGS...: the web app with the rate limit off and the bench endpoint on, plus ARGS.
start_server() {
  local log="$1"; shift
  echo "== start the server"
  # The build output is the content root: it holds appsettings.json (warning-level logging, not a line per request).
  # Production asks for the public base URL; the benchmarks build no receipt, so any address will do.
  dotnet "$web" --contentRoot "$(dirname "$web")" --urls http://127.0.0.1:0 --SealGuard:Demo=false --SealGuard:RateLimiting:PublicPerMinute=0 \
    --SealGuard:Benchmarks:Enabled=true --SealGuard:PublicBaseUrl=http://127.0.0.1/ "$@" >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    url="$(grep -so 'running at http://127\.0\.0\.1:[0-9]*' "$log" | head -1 | sed 's/running at //')" || true
    [[ -n "$url" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
  done
  [[ -n "$url" ]] || { echo "server did not start"; cat "$log"; exit 1; }
  echo "server pid $server_pid at $url"
}
