#!/usr/bin/env bash
# Petition benchmark (issue 5): starts the application (target/danvan.jar, built when missing or older than the
# sources) on a fresh PostgreSQL database in demo mode, generates a province-year of petitions in SQL
# (bench/petition-bench.sql: 1,000,000 petitions with their petitioners, cases, transitions and clock events), then
#   (the generated rows bypass the application: the statistics' running totals are then rebuilt through
#   POST /api/v1/admin/petition-figures/rebuild, and the time it takes is printed)
#   - the statistics view, full year, province scope:  GET /petitions/statistics (HTML) and
#                                                      GET /api/v1/petitions/statistics?from=…&to=… (JSON)
#   - the overdue list:                                GET /api/v1/cases/overdue (JSON) and /cases?due=overdue (HTML)
#     each WARMUP times, then RUNS measured times: median and p95 of the server time (Server-Timing app;dur), of the
#     client time (curl) and of the server thread's processor time (Server-Timing cpu;dur)
#   - petition intake through the REST API (POST /api/v1/petitions) under wrk (bench/petition-intake.lua), DURATION
#     seconds at each of CONNECTIONS (2 threads): requests/s, p50/p99 latency, non-2xx answers
# Targets: statistics <= 500 ms, overdue list <= 200 ms (server time, median), intake >= 200 petitions/s with
# p99 <= 200 ms and no error. The database is dropped at the end unless KEEP_DB=1.
#
#   bench/petition-bench.sh                                   # from the project directory
#   PETITIONS=100000 DURATION=10 bench/petition-bench.sh      # a smaller, quicker run
#   KEEP_DB=1 BENCH_DB=pb bench/petition-bench.sh; REUSE_DB=1 BENCH_DB=pb bench/petition-bench.sh   # measure again
#                                                             # on the generated database, without generating it
#   PG_OPTIONS= bench/petition-bench.sh                       # the server's default plan cache and JIT settings
#
# PG_OPTIONS (default "-c plan_cache_mode=force_custom_plan -c jit=off") are session settings of the application's
# connections, passed in the JDBC URL as the production deployment should (bench/README.md): after five runs of a
# prepared statement PostgreSQL may switch to a generic plan, and for the statistics aggregates the generic plan
# estimates one row and sorts a million on disk (5–6 s instead of about 1 s).
#
# HTTP Basic credentials are sent on every request. The measured clients also carry the session cookie of a
# form sign-in as the same user, so that the server reuses the session instead of checking the password with
# BCrypt on every request (a BCrypt check costs tens of milliseconds of processor time); INTAKE_BASIC_ONLY=1 adds an
# intake run with the Basic credentials alone, to show that cost.
#
# Needs: java 17, curl, psql/createdb/dropdb, PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres,
# trust authentication), wrk (installed from Debian when missing). Logs and results under target/bench/.
set -euo pipefail

cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PETITIONS="${PETITIONS:-1000000}"
RUNS="${RUNS:-20}"
WARMUP="${WARMUP:-5}"
DURATION="${DURATION:-30}"
CONNECTIONS="${CONNECTIONS:-4 8}"
PORT="${BENCH_PORT:-18481}"
VIEWER="${VIEWER:-lanhdao:demo}"            # a province-level user: the leader sees every matter of the province
INTAKE_USER="${INTAKE_USER:-tiepdan:demo}"  # the province's citizen reception board receives the petitions
ADMIN="${ADMIN:-admin:demo}"                # rebuilds the statistics' running totals after the SQL generation
STATISTICS_HTML="${STATISTICS_HTML:-/petitions/statistics}"
STATISTICS_JSON="${STATISTICS_JSON:-/api/v1/petitions/statistics}"
OVERDUE_JSON="${OVERDUE_JSON:-/api/v1/cases/overdue}"
OVERDUE_HTML="${OVERDUE_HTML:-/cases?due=overdue}"
INTAKE_PATH=/api/v1/petitions               # fixed in bench/petition-intake.lua
DB="${BENCH_DB:-danvan_petition_bench_$$}"
JAR=target/danvan.jar
OUT=target/bench
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
    echo "Installing wrk (Debian package) ..."
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
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
    if [[ "${KEEP_DB:-0}" == 1 ]]; then
        echo "Database kept: $DB"
    else
        dropdb --if-exists "$DB" 2>/dev/null || true
    fi
    rm -f "$OUT"/cookies-*.$$
}
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

if [[ "${REUSE_DB:-0}" == 1 ]]; then
    psql -Atc "SELECT 1" -d "$DB" >/dev/null || { echo "REUSE_DB=1: no database $DB" >&2; exit 1; }
    KEEP_DB=1
else
    createdb "$DB"
fi
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
PG_OPTIONS="${PG_OPTIONS-"-c plan_cache_mode=force_custom_plan -c jit=off"}"
if [[ -n "$PG_OPTIONS" ]]; then
    URL="$URL?options=$(sed 's/%/%25/g; s/ /%20/g; s/=/%3D/g' <<<"$PG_OPTIONS")"
fi
echo "Starting the application on PostgreSQL database $DB (port $PORT; connection options: ${PG_OPTIONS:-none}; log: $OUT/petition-app.log) ..."
java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$JAR" \
    --spring.datasource.url="$URL" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password= \
    --danvan.demo=true --server.port="$PORT" >"$OUT/petition-app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
    if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then
        break
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "The application stopped; see $OUT/petition-app.log" >&2; exit 1; }
    sleep 1
done
curl -fs "$BASE/actuator/health" | grep -q '"UP"' || { echo "The application did not start in 5 minutes" >&2; exit 1; }

if [[ "${REUSE_DB:-0}" == 1 ]]; then
    echo "Reusing $DB: $(psql -Atc "SELECT count(*) FROM petition" -d "$DB") petitions, $(psql -Atc "SELECT count(*) FROM petition_case" -d "$DB") cases"
    psql -q -d "$DB" -c "VACUUM (ANALYZE) petition, petitioner, petition_case"
else
    printf "Generating %'d petitions in SQL (load average %s) ...\n" "$PETITIONS" "$(load)"
    started=$(date +%s.%N)
    generated=$(psql -q -d "$DB" -v petitions="$PETITIONS" -f bench/petition-bench.sql)
    generation=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    started=$(date +%s.%N)
    psql -q -d "$DB" -c "VACUUM (ANALYZE) petition, petitioner, petition_case, case_transition, case_clock_event, case_handler"
    vacuum=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    echo "  $(tr '\n' ' ' <<<"$generated")"
    echo "  generated in $generation s, VACUUM ANALYZE $vacuum s; database size $(psql -Atc "SELECT pg_size_pretty(pg_database_size('$DB'))" -d "$DB")"
    # the rows were written past the application: sum the statistics' running totals (petition_tally, case_tally) again
    rebuilt=$(curl -fs -u "$ADMIN" -X POST "$BASE/api/v1/admin/petition-figures/rebuild") || { echo "Rebuilding the totals failed" >&2; exit 1; }
    psql -q -d "$DB" -c "VACUUM (ANALYZE) petition_tally, case_tally"
    echo "  running totals rebuilt from the records: $rebuilt"
fi
echo "  running totals: $(psql -Atc "SELECT count(*) FILTER (WHERE grain = 'D') || ' day rows, ' || count(*) FILTER (WHERE grain = 'M') || ' month rows' FROM petition_tally" -d "$DB") of petitions; $(psql -Atc "SELECT count(*) FILTER (WHERE grain = 'D') || ' day rows, ' || count(*) FILTER (WHERE grain = 'M') || ' month rows' FROM case_tally" -d "$DB") of cases"

# a form sign-in: prints the session cookie "JSESSIONID=…"
sign_in() {
    local jar="$OUT/cookies-${1%%:*}.$$" csrf
    csrf=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=${1%%:*}" --data-urlencode "password=${1#*:}" \
        --data-urlencode "_csrf=$csrf" "$BASE/login"
    awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
}
VIEWER_SESSION=$(sign_in "$VIEWER")
INTAKE_SESSION=$(sign_in "$INTAKE_USER")
[[ -n "$VIEWER_SESSION" && -n "$INTAKE_SESSION" ]] || { echo "Sign-in failed" >&2; exit 1; }

TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
FROM=$(TZ=Asia/Ho_Chi_Minh date -d "$TODAY - 364 days" +%F)
YEAR="from=$FROM&to=$TODAY"

# one request: prints "<server ms> <client ms> <server thread's processor ms>"
measure() {
    curl -s -o "$OUT/last-response" -D - -w 'client %{time_total} status %{http_code}\n' -u "$VIEWER" -b "$VIEWER_SESSION" "$BASE$1" \
        | awk '/^[Ss]erver-[Tt]iming:/ { if (match($0, /app;dur=[0-9.]+/)) server = substr($0, RSTART + 8, RLENGTH - 8)
                                        if (match($0, /cpu;dur=[0-9.]+/)) cpu = substr($0, RSTART + 8, RLENGTH - 8) }
               /^client / { client = $2 * 1000; status = $4 }
               END { if (status != 200) { print "HTTP " status > "/dev/stderr"; exit 1 }
                     if (server == "") { print "no Server-Timing header" > "/dev/stderr"; exit 1 }
                     printf "%s %.1f %s\n", server, client, (cpu == "" ? "0" : cpu) }'
}

# median and p95 (nearest rank) of one column of numbers
stats() {
    sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                                        p = int(NR * 0.95 + 0.999999); if (p > NR) p = NR;
                                        printf "median %7.1f ms   p95 %7.1f ms", m, v[p] }'
}

bench() {
    local name=$1 path=$2 target=$3 file="$OUT/petition-$1.txt"
    for _ in $(seq 1 "$WARMUP"); do measure "$path" >/dev/null; done
    : >"$file"
    for _ in $(seq 1 "$RUNS"); do measure "$path" >>"$file"; done
    local median
    median=$(cut -d' ' -f1 "$file" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    printf '%-17s server %s   (target %s ms: %s; load average %s)\n' "$name" "$(cut -d' ' -f1 "$file" | stats)" "$target" \
        "$(awk -v m="$median" -v t="$target" 'BEGIN { print (m <= t) ? "met" : "MISSED" }')" "$(load)"
    printf '%-17s client %s\n' "" "$(cut -d' ' -f2 "$file" | stats)"
    printf '%-17s cpu    %s   (the server thread'"'"'s processor time)\n' "" "$(cut -d' ' -f3 "$file" | stats)"
}

echo "Measuring ($WARMUP warm-up + $RUNS measured requests each, as ${VIEWER%%:*}; full year $FROM – $TODAY) ..."
bench "statistics-html" "$STATISTICS_HTML?$YEAR" 500
grep -o 'tiếp nhận [0-9.]* đơn các loại' "$OUT/last-response" | head -1 | sed 's/^/                  /' || true
bench "statistics-json" "$STATISTICS_JSON?$YEAR" 500
bench "overdue-json" "$OVERDUE_JSON" 200
echo "                  $(grep -o '"id":' "$OUT/last-response" | wc -l) overdue cases listed (at most 200, most overdue first)"
bench "overdue-html" "$OVERDUE_HTML" 200

UNITS=$(psql -Atc "SELECT string_agg(u.id::text, ',') FROM admin_unit u JOIN organization o ON o.code = 'TN-UBND'
                   JOIN admin_unit p ON p.id = o.unit_id WHERE u.level = 'COMMUNE' AND u.valid_to IS NULL
                   AND u.rollup_path LIKE p.rollup_path || '%'" -d "$DB")
before=$(psql -Atc "SELECT count(*) FROM petition" -d "$DB")
intake() {
    local connections=$1 session=$2 label=$3 result
    wrk -t2 -c"$connections" -d"${DURATION}s" --latency --timeout 10s -s bench/petition-intake.lua "$BASE" \
        -- "$INTAKE_USER" "$TODAY" "$UNITS" "$session" >"$OUT/petition-intake-$connections-$label.txt" 2>&1
    result=$(grep '^RESULT' "$OUT/petition-intake-$connections-$label.txt" | cut -d' ' -f2-)
    read -r requests duration rps p50 p90 p99 max non2xx socket <<<"$(tr '=' ' ' <<<"$result" | awk '{ print $2, $4, $6, $8, $10, $12, $14, $16, $18 }')"
    local verdict
    verdict=$(awk -v r="$rps" -v p="$p99" -v n="$non2xx" -v s="$socket" 'BEGIN { print (r >= 200 && p <= 200 && n == 0 && s == 0) ? "met" : "MISSED" }')
    printf 'intake %s c=%-2s %8.1f petitions/s   p50 %7.1f ms   p99 %7.1f ms   non-2xx %s   socket errors %s   (%s requests; target >= 200/s, p99 <= 200 ms: %s; load average %s)\n' \
        "$label" "$connections" "$rps" "$p50" "$p99" "$non2xx" "$socket" "$requests" "$verdict" "$(load)"
    sed -n '/^first non-2xx/,$p' "$OUT/petition-intake-$connections-$label.txt" | head -4
}
echo "Intake: POST $INTAKE_PATH as ${INTAKE_USER%%:*}, wrk 2 threads, $DURATION s per run ..."
for c in $CONNECTIONS; do
    intake "$c" "$INTAKE_SESSION" "session"
done
if [[ "${INTAKE_BASIC_ONLY:-0}" == 1 ]]; then
    intake "${CONNECTIONS%% *}" "" "basic-only"
fi
after=$(psql -Atc "SELECT count(*) FROM petition" -d "$DB")
printf "  %'d petitions received through the API; the table now holds %'d\n" "$((after - before))" "$after"
echo "Load average at the end: $(load) (2 cores; other work on the machine counts in it)"
