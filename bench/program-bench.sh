#!/usr/bin/env bash
# Coordinator-view benchmark (issue 4): starts the application (target/danvan.jar, rebuilt when the sources are
# newer) on a fresh PostgreSQL database in demo mode, loads a plan of 1,000 tasks across 200 organizations with
# 20,000 progress updates (bench/program-bench.sql), signs in as the province coordinator "bdv" and requests
#   GET /plans/{id}                   the coordinator's plan view (counts, by group, by organization, first page)
#   GET /api/v1/plans/{id}/counts     the counts endpoint
# WARMUP times each, then RUNS measured times each, and prints the median and p95 of the server time (the
# Server-Timing header, vn.danvan.system.web.ServerTiming) and of the client time (curl). The database is
# dropped at the end. Targets: coordinator view <= 300 ms, counts <= 50 ms (medians).
#
#   bench/program-bench.sh                      # from the project directory
#   RUNS=50 WARMUP=100 bench/program-bench.sh   # more requests
#   RENICE=-10 bench/program-bench.sh           # on a loaded shared machine (root): see below
#
# Needs: java 17, curl, psql/createdb/dropdb, PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres,
# trust authentication). Logs under target/bench/.
set -euo pipefail

cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
RUNS="${RUNS:-30}"
WARMUP="${WARMUP:-50}"
PORT="${BENCH_PORT:-18480}"
DB="danvan_bench_$$"
JAR=target/danvan.jar
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"

if [[ ! -f "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -type f -print -quit)" ]]; then
    echo "Building $JAR ..."
    ./mvnw -q -DskipTests package
fi

APP_PID=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    dropdb --if-exists "$DB" 2>/dev/null || true
    rm -f "$OUT/cookies.$$"
}
trap cleanup EXIT

createdb "$DB"
echo "Starting the application on PostgreSQL database $DB (port $PORT; log: $OUT/app.log) ..."
java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$JAR" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password= \
    --danvan.demo=true --server.port="$PORT" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
    if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
        break
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "The application stopped; see $OUT/app.log" >&2; exit 1; }
    sleep 1
done
curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "The application did not start in 3 minutes" >&2; exit 1; }

echo "Loading 200 organizations, 1,000 tasks and 20,000 progress updates ..."
started=$(date +%s.%N)
generated=$(psql -d "$DB" -f bench/program-bench.sql)
PLAN=$(sed -n 's/^plan=//p' <<<"$generated")
echo "  $(tr '\n' ' ' <<<"$generated") in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f s", e - s }')"

# signed in like a person (the session cookie): the Basic credentials of a script would add a BCrypt check to
# every request and measure the password hashing rather than the view
COOKIES="$OUT/cookies.$$"
csrf=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=bdv" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$csrf" "$BASE/login"
status=$(curl -s -o "$OUT/plan.html" -w '%{http_code}' -b "$COOKIES" "$BASE/plans/$PLAN")
[[ "$status" == 200 ]] || { echo "GET /plans/$PLAN answered $status (sign-in failed?)" >&2; exit 1; }
echo "  $(grep -o 'hoàn thành [0-9.]*/[0-9.]* nhiệm vụ ([0-9,]*%)' "$OUT/plan.html" | head -1)"

# one request: prints "<server ms> <client ms> <server thread's processor ms>"
measure() {
    curl -s -o /dev/null -D - -w 'client %{time_total}\n' -b "$COOKIES" "$BASE$1" \
        | awk '/^[Ss]erver-[Tt]iming:/ { if (match($0, /app;dur=[0-9.]+/)) server = substr($0, RSTART + 8, RLENGTH - 8)
                                        if (match($0, /cpu;dur=[0-9.]+/)) cpu = substr($0, RSTART + 8, RLENGTH - 8) }
               /^client / { client = $2 * 1000 }
               END { if (server == "") { print "no Server-Timing header" > "/dev/stderr"; exit 1 }
                     printf "%s %.1f %s\n", server, client, (cpu == "" ? "0" : cpu) }'
}

# median and p95 (nearest rank) of one column of numbers
stats() {
    sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                        p = int(NR * 0.95 + 0.999999); if (p > NR) p = NR;
                                        printf "median %7.1f ms   p95 %7.1f ms", m, v[p] }'
}

bench() {
    local name=$1 path=$2 target=$3 file="$OUT/$1.txt"
    for _ in $(seq 1 "$WARMUP"); do measure "$path" >/dev/null; done
    : >"$file"
    for _ in $(seq 1 "$RUNS"); do measure "$path" >>"$file"; done
    local median
    median=$(cut -d' ' -f1 "$file" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    printf '%-17s server %s   (target %s ms: %s)\n' "$name" "$(cut -d' ' -f1 "$file" | stats)" "$target" \
        "$(awk -v m="$median" -v t="$target" 'BEGIN { print (m <= t) ? "met" : "MISSED" }')"
    printf '%-17s client %s\n' "" "$(cut -d' ' -f2 "$file" | stats)"
    printf '%-17s cpu    %s   (the server thread'"'"'s processor time)\n' "" "$(cut -d' ' -f3 "$file" | stats)"
}

# On a shared machine busy with other work, RENICE=-10 (root only) raises the priority of the application, of the
# database processes serving it and of this script, to measure what a quiet machine would show.
if [[ -n "${RENICE:-}" ]]; then
    backends=$(psql -d "$DB" -tAc "SELECT pid FROM pg_stat_activity WHERE datname = '$DB'")
    # a Linux priority belongs to a thread: every thread of the JVM (threads started later inherit it)
    for id in $(ls "/proc/$APP_PID/task") $$ $backends; do
        renice -n "$RENICE" -p "$id" >/dev/null 2>&1 || true   # a short-lived thread may be gone already
    done
    echo "  priority $RENICE for the application's threads (pid $APP_PID), this script and database backends" $backends
fi

echo "Measuring ($WARMUP warm-up + $RUNS measured requests each, signed in as bdv; load average $(cut -d' ' -f1-3 /proc/loadavg)) ..."
bench "coordinator-view" "/plans/$PLAN" 300
bench "counts-endpoint" "/api/v1/plans/$PLAN/counts" 50
