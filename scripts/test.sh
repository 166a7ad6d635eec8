#!/usr/bin/env bash
# Runs the whole SealGuard test suite: builds the solution once, starts a throwaway PostgreSQL server,
# runs every test project (tests/*/*Tests.csproj), and ends with one summary line counted from the
# TRX reports:
#
#     N passed, N failed, N skipped
#
# Usage: bash scripts/test.sh [extra test options...]
#   Extra options go to every test run, e.g. `bash scripts/test.sh --filter-class 'SealGuard.Core.Tests.*'`
#   (xunit v3 filter options: run a test project with --help to list them).
#
# Environment:
#   SEALGUARD_SKIP_POSTGRES=1       do not install or start PostgreSQL (quick local runs); tests that need
#                                   it skip their PostgreSQL cases.
#   SEALGUARD_TEST_POSTGRES=...     if already set, that server is used and no throwaway server is started.
#                                   Otherwise this script sets it to the throwaway server's connection string.
#   SEALGUARD_TEST_CONFIGURATION    build configuration, default Debug.
#   SEALGUARD_TEST_TIMEOUT          per-test-project time limit (MTP --timeout), default 30m.
#
# As root, missing PostgreSQL server binaries are installed with apt-get (Debian: postgresql). As a normal
# user without them, PostgreSQL is skipped with a message. Exit status: 0 only if every project ran and
# no test failed. Reports are kept in artifacts/test-results/.
set -euo pipefail

cd "$(dirname "$0")/.."
REPO_ROOT=$(pwd)

CONFIG="${SEALGUARD_TEST_CONFIGURATION:-Debug}"
TEST_TIMEOUT="${SEALGUARD_TEST_TIMEOUT:-30m}"
RESULTS_DIR="$REPO_ROOT/artifacts/test-results"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1

log() { printf '==> %s\n' "$*"; }

# apt waits up to 10 minutes for a dpkg lock held by another installer instead of failing at once.
APT=(apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)

# ---------------------------------------------------------------------------------------------
# PostgreSQL: a throwaway server in a temp dir, stopped and removed on exit.
# ---------------------------------------------------------------------------------------------
PG_TMP=""
PG_BIN=""
PG_STARTED=0

as_pg() {
    # Runs a PostgreSQL command as the postgres OS user when we are root (initdb refuses root),
    # otherwise as ourselves. `cd /` so postgres is never left in a directory it cannot read.
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

HEARTBEAT_PID=""

stop_heartbeat() {
    if [ -n "$HEARTBEAT_PID" ]; then
        kill "$HEARTBEAT_PID" 2>/dev/null || true
        wait "$HEARTBEAT_PID" 2>/dev/null || true
        HEARTBEAT_PID=""
    fi
}

# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
    local rc=$?
    set +e
    stop_heartbeat
    if [ "$PG_STARTED" -eq 1 ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
            || as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w -t 30 stop >/dev/null 2>&1
    fi
    if [ -n "$PG_TMP" ] && [ -d "$PG_TMP" ]; then
        rm -rf "$PG_TMP"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

find_pg_bin() {
    # Prints the directory holding initdb and pg_ctl (newest Debian version first), or nothing.
    local d dirs=()
    shopt -s nullglob
    dirs=(/usr/lib/postgresql/*/bin)
    shopt -u nullglob
    for d in $(printf '%s\n' "${dirs[@]}" | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
            echo "$d"
            return
        fi
    done
    local ctl
    if ctl=$(command -v pg_ctl 2>/dev/null); then
        d=$(dirname "$(readlink -f "$ctl")")
        if [ -x "$d/initdb" ]; then
            echo "$d"
        fi
    fi
}

port_in_use() {
    # True if something accepts TCP connections on 127.0.0.1:$1.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
    PG_BIN=$(find_pg_bin)
    if [ -z "$PG_BIN" ]; then
        if [ "$(id -u)" -ne 0 ]; then
            log "PostgreSQL server binaries not found and not running as root: skipping PostgreSQL."
            log "  (install them with 'sudo apt-get install -y postgresql', or run as root; PostgreSQL test cases will skip)"
            return
        fi
        log "Installing PostgreSQL (apt-get install -y postgresql)"
        export DEBIAN_FRONTEND=noninteractive
        "${APT[@]}" update -q
        "${APT[@]}" install -y -q postgresql
        PG_BIN=$(find_pg_bin)
        if [ -z "$PG_BIN" ]; then
            echo "error: PostgreSQL installed but initdb/pg_ctl not found under /usr/lib/postgresql/*/bin" >&2
            exit 1
        fi
    fi

    if [ "$(id -u)" -eq 0 ] && ! id -u postgres >/dev/null 2>&1; then
        log "Creating the postgres OS user"
        useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi

    # Under /tmp, not $TMPDIR: the postgres user must be able to reach it.
    PG_TMP=$(mktemp -d /tmp/sealguard-pg.XXXXXX)
    mkdir -p "$PG_TMP/data" "$PG_TMP/sock"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$PG_TMP"
    fi

    if ! as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
        >"$PG_TMP/initdb.log" 2>&1; then
        cat "$PG_TMP/initdb.log" >&2
        echo "error: initdb failed" >&2
        exit 1
    fi

    local port=54329 attempts=0
    while :; do
        if port_in_use "$port"; then
            port=$((port + 1))
            continue
        fi
        attempts=$((attempts + 1))
        if as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_TMP/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null; then
            PG_STARTED=1
            break
        fi
        if [ "$attempts" -ge 5 ]; then
            cat "$PG_TMP/server.log" >&2 || true
            echo "error: could not start PostgreSQL (last port tried: $port)" >&2
            exit 1
        fi
        port=$((port + 1))
    done

    export SEALGUARD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"
    log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port (data in $PG_TMP)"
}

# ---------------------------------------------------------------------------------------------
# Build once, start PostgreSQL, then run each test project and count the outcomes in its TRX report.
# ---------------------------------------------------------------------------------------------
log "Building SealGuard.slnx ($CONFIG)"
if ! dotnet build SealGuard.slnx -c "$CONFIG" -nologo; then
    echo "error: build failed, no tests run" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# The browser tests drive Debian's chromium (no browser download: there is no internet at run time) and need CJK
# fonts for the pages' Chinese, checked each on its own.
browser_missing=()
[ -x /usr/bin/chromium ] || browser_missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || browser_missing+=(fonts-noto-cjk)
if [ "${#browser_missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        log "Installing ${browser_missing[*]} for the browser tests (apt-get install -y ${browser_missing[*]})"
        export DEBIAN_FRONTEND=noninteractive
        "${APT[@]}" update -q
        "${APT[@]}" install -y -q "${browser_missing[@]}"
    else
        log "${browser_missing[*]} not found and not running as root: the browser tests will fail (sudo apt-get install -y ${browser_missing[*]})."
    fi
fi

if [ "${SEALGUARD_SKIP_POSTGRES:-}" = "1" ]; then
    log "SEALGUARD_SKIP_POSTGRES=1: PostgreSQL not started; PostgreSQL test cases will skip."
    unset SEALGUARD_TEST_POSTGRES
elif [ -n "${SEALGUARD_TEST_POSTGRES:-}" ]; then
    log "Using the PostgreSQL server from SEALGUARD_TEST_POSTGRES (none started)."
else
    start_postgres
fi

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

passed=0
failed=0
skipped=0
crashed=()
shopt -s nullglob
projects=(tests/*/*Tests.csproj)
shopt -u nullglob
if [ "${#projects[@]}" -eq 0 ]; then
    echo "error: no test projects found (tests/*/*Tests.csproj)" >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# A line every 30 s while a project's tests run (the web tests take minutes and print nothing until they end).
heartbeat() {
    local name=$1 started=$2
    while sleep 30 </dev/null >/dev/null 2>&1; do
        log "  $name still running ($(($(date +%s) - started)) s)"
    done
}

# Names each failed test of a TRX report with the first line of its message, so the tail of a CI log says
# what broke without the report at hand.
list_failed_tests() {
    tr '<' '\n' <"$1" | awk '
        /^UnitTestResult / {
            want = ($0 ~ / outcome="(Failed|Error|Timeout|Aborted)"/)
            if (want) {
                name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name)
                gsub(/&quot;/, "\"", name); gsub(/&amp;/, "\\&", name)
                print "  FAILED " name
            }
            next
        }
        want && /^Message>/ {
            msg = substr($0, 9); gsub(/&quot;/, "\"", msg); gsub(/&gt;/, ">", msg); gsub(/&lt;/, "<", msg); gsub(/&amp;/, "\\&", msg)
            print "         " substr(msg, 1, 300)
            want = 0
        }'
}
failed_tests=()

suite_started=$(date +%s)
for proj in "${projects[@]}"; do
    name=$(basename "$proj" .csproj)
    log "Testing $name"
    started=$(date +%s)
    heartbeat "$name" "$started" &
    HEARTBEAT_PID=$!
    rc=0
    dotnet test --project "$proj" --no-build -c "$CONFIG" \
        --results-directory "$RESULTS_DIR/$name" \
        --report-xunit-trx --report-xunit-trx-filename "$name.trx" \
        --timeout "$TEST_TIMEOUT" \
        "$@" || rc=$?
    stop_heartbeat

    trx="$RESULTS_DIR/$name/$name.trx"
    if [ ! -s "$trx" ]; then
        echo "error: $name produced no test report (exit code $rc): counted as 1 failure" >&2
        crashed+=("$name")
        failed=$((failed + 1))
        continue
    fi

    # One XML element per line (a literal '<' cannot occur inside XML text), then the outcome
    # of each UnitTestResult (not the ResultSummary's outcome).
    outcomes=$(tr '<' '\n' <"$trx" | grep '^UnitTestResult ' | grep -o ' outcome="[A-Za-z]*"' || true)
    p=$(grep -c '"Passed"' <<<"$outcomes" || true)
    f=$(grep -cE '"(Failed|Error|Timeout|Aborted)"' <<<"$outcomes" || true)
    s=$(grep -cE '"(NotExecuted|Skipped|Inconclusive|NotRunnable)"' <<<"$outcomes" || true)
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$f" -gt 0 ]; then
        failed_tests+=("$(list_failed_tests "$trx")")
    fi
    skipped=$((skipped + s))
    log "Finished $name in $(($(date +%s) - started)) s: $p passed, $f failed, $s skipped (exit code $rc)"

    # Exit codes (https://aka.ms/testingplatform/exitcodes): 0 ok, 2 some test failed (counted above),
    # 8 zero tests ran (allowed). Anything else means the run itself went wrong.
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ] && [ "$rc" -ne 8 ]; then
        echo "error: $name exited with code $rc: counted as 1 failure" >&2
        crashed+=("$name")
        failed=$((failed + 1))
    elif [ "$rc" -eq 2 ] && [ "$f" -eq 0 ]; then
        echo "error: $name reported failure (exit code 2) but its report has no failed test: counted as 1 failure" >&2
        crashed+=("$name")
        failed=$((failed + 1))
    elif [ "$rc" -eq 8 ]; then
        echo "warning: $name ran no tests" >&2
    fi
done

echo
log "All projects done in $(($(date +%s) - suite_started)) s. Per-project reports: $RESULTS_DIR"
if [ "${#crashed[@]}" -gt 0 ]; then
    log "Projects that did not complete normally: ${crashed[*]}"
fi

if [ "${#failed_tests[@]}" -gt 0 ]; then
    log "Failed tests:"
    printf '%s\n' "${failed_tests[@]}"
fi

status=0
if [ "$failed" -gt 0 ]; then
    status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
