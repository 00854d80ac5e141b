#!/usr/bin/env bash
# Runs every benchmark of the project against a Release build of the app on a throwaway PostgreSQL cluster:
#   1. circuit load (bench/CareerNavigator.Load): (a) onboarding, (b) products, (c) idle tabs
#   2. server-side rendering throughput with wrk: landing page, sign-in page, a static file
#   3. built-in generation (tools: bench-generation), and a model generation's job path to its first token (bench-job-path)
#   4. the admin benchmark (tools: seed-users, then bench-admin)
#   5. the application board of 500 applications (tools: bench-board): server time of one render
#   6. the built-in CV reader on the three-page PDF fixture (tools: bench-cv-reader)
#   7. the built-in advert match (tools: bench-match), in memory: no database
#   8. the source check of a two-page CV (tools: bench-sources), in memory: no database
# The app (and its PostgreSQL) run on core 0 with DOTNET_PROCESSOR_COUNT=1, the load generators on core 1. For parts 1
# and 2 the app runs with the load run's hosting startup (bench/CareerNavigator.LoadTesting: the /_load/server
# measurement, the password-hash iterations, cookies over plain HTTP), which its publish output does not hold.
#
#   ./bench.sh                 small sizes, a few minutes
#   ./bench.sh --full          the target sizes: 2,000 onboarding circuits, 200 generating, 5,000 idle tabs
#   ./bench.sh --only load     one part: load | ssr | generation | job-path | admin | board | cv-reader | match | sources (repeatable)
#   BENCH_POSTGRES="Host=...;Username=...;Password=...;Database=..." uses an existing database instead.
#   BENCH_ONBOARDING_USERS, BENCH_PRODUCTS_USERS, BENCH_IDLE_USERS, BENCH_HOLD_SECONDS, BENCH_ADMIN_USERS override the sizes
#   (admin: users seeded with seed-users for the admin grid, 60,000 or 1,000,000 with --full).
#   BENCH_BOARD_APPLICATIONS (default 500): applications on the benchmarked board.
#   BENCH_PASSWORD_ITERATIONS (default 1000): PBKDF2 iterations for the load accounts (seed-load-users and the app under
#   load), so signing thousands in through the login form (before the measured phase) takes minutes, not an hour;
#   100000 is Identity's own.
# Results (tables, JSON, logs) go to bench-results/<time>/; the exit code is 1 when a part reports errors.
set -euo pipefail
cd "$(dirname "$0")"

full=0
only=()
while (( $# > 0 )); do
  case "$1" in
    --full) full=1 ;;
    --only) only+=("$2"); shift ;;
    *) echo "unknown argument: $1 (use --full, --only load|ssr|generation|job-path|admin|board|cv-reader|match|sources)" >&2; exit 2 ;;
  esac
  shift
done
wants() { (( ${#only[@]} == 0 )) || [[ " ${only[*]} " == *" $1 "* ]]; }

if (( full )); then
  onboarding_users=2000; products_users=200; idle_users=5000; hold=60; steps=5; generation_users=20; ssr_seconds=20; admin_users=1000000
else
  onboarding_users=200; products_users=40; idle_users=300; hold=20; steps=3; generation_users=5; ssr_seconds=5; admin_users=60000
fi
admin_users=${BENCH_ADMIN_USERS:-$admin_users}
password_iterations=${BENCH_PASSWORD_ITERATIONS:-1000}
onboarding_users=${BENCH_ONBOARDING_USERS:-$onboarding_users}
products_users=${BENCH_PRODUCTS_USERS:-$products_users}
idle_users=${BENCH_IDLE_USERS:-$idle_users}
hold=${BENCH_HOLD_SECONDS:-$hold}
complete_users=$(( products_users > idle_users ? products_users : idle_users ))

for tool in taskset wrk; do
  if ! command -v "$tool" >/dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$( [[ $tool == taskset ]] && echo util-linux || echo wrk )" >/dev/null
    else
      echo "bench.sh needs $tool (Debian: apt-get install $tool)" >&2; exit 2
    fi
  fi
done

out="bench-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
out=$(cd "$out" && pwd)
echo "Results in $out"
{ echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"; echo "load before: $(uptime)"; } | tee "$out/machine.txt"

status=0
# The match and the source check need neither the app nor a database: asked for alone, they are built, run and done
# before PostgreSQL starts.
only_in_memory=0
if (( ${#only[@]} > 0 )) && ! wants load && ! wants ssr && ! wants generation && ! wants job-path && ! wants admin && ! wants board && ! wants cv-reader; then
  only_in_memory=1
fi

echo "Building (Release)..."
dotnet publish tools/CareerNavigator.Tools -c Release -o "$out/tools" -v quiet -nologo >"$out/build.log" 2>&1
if (( ! only_in_memory )); then
  dotnet publish CareerNavigator.Web -c Release -o "$out/app" -v quiet -nologo >>"$out/build.log" 2>&1
  dotnet build bench/CareerNavigator.LoadTesting -c Release -o "$out/load-testing" -v quiet -nologo >>"$out/build.log" 2>&1
  dotnet build bench/CareerNavigator.Load -c Release -o "$out/load" -v quiet -nologo >>"$out/build.log" 2>&1
fi

if wants match; then
  echo "== built-in advert match (a 1,055-word advert against a demo persona's records, on core 0) =="
  (cd "$out/tools" && DOTNET_PROCESSOR_COUNT=1 taskset -c 0 dotnet CareerNavigator.Tools.dll bench-match --list) \
    | tee "$out/match.txt" || status=1
fi
if wants sources; then
  echo "== source check of a two-page CV (in memory, on core 0) =="
  (cd "$out/tools" && DOTNET_PROCESSOR_COUNT=1 taskset -c 0 dotnet CareerNavigator.Tools.dll bench-sources) \
    | tee "$out/sources.txt" || status=1
fi
if (( only_in_memory )); then
  echo "Done: $out"
  exit $status
fi

pg_data=""
cleanup() {
  [[ -n "${app_pid:-}" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  if [[ -n "$pg_data" ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pg_data"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [[ -n "${BENCH_POSTGRES:-}" ]]; then
  connection="$BENCH_POSTGRES"
else
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [[ -x "$pg_bin/initdb" ]] || { echo "bench.sh needs PostgreSQL server binaries (apt-get install postgresql) or BENCH_POSTGRES" >&2; exit 2; }
  pg_data=$(mktemp -d /tmp/careernav-bench-pg-XXXXXX)
  [[ $(id -u) -eq 0 ]] && chown postgres "$pg_data"
  pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-sync --no-instructions >/dev/null
  # The database belongs to the server side: it shares core 0 with the app.
  as_postgres taskset -c 0 "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 \
    -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB -c synchronous_commit=off" start >/dev/null
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=careernav_bench"
fi

export ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__DefaultConnection="$connection" \
       DemoData__Enabled=false Database__MigrateOnStartup=true DataProtection__AllowUnencryptedKeys=true \
       RateLimits__AccountFormsPerMinute=1000000
app() { (cd "$out/app" && dotnet CareerNavigator.Web.dll "$@"); }
tool() { (cd "$out/tools" && dotnet CareerNavigator.Tools.dll "$@"); }
app migrate >"$out/migrate.log" 2>&1

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
start_app() {
  # A 32 MB first generation (the deployment setting the README recommends): each young collection copies what the
  # open circuits made since the last one, so a smaller budget means shorter pauses; the default budget collects far
  # more often, and each collection also scans the cards of a gen-2 heap that holds every circuit.
  # The load run's hosting startup: the startup hook loads its assembly by path, then the name resolves to it.
  (cd "$out/app" && DOTNET_PROCESSOR_COUNT=1 DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}" ASPNETCORE_URLS="$url" \
     DOTNET_STARTUP_HOOKS="$out/load-testing/CareerNavigator.LoadTesting.dll" \
     ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=CareerNavigator.LoadTesting LoadTesting__PasswordHashIterations="$password_iterations" \
     exec taskset -c "$1" dotnet CareerNavigator.Web.dll) >"$out/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do curl -sf "$url/healthz" >/dev/null && return 0; sleep 0.5; done
  echo "The app did not start; see $out/app.log" >&2; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

if wants load || wants ssr; then
  echo "Seeding load users ($onboarding_users on the onboarding step, $complete_users with complete profiles)..."
  tool seed-load-users --onboarding "$onboarding_users" --complete "$complete_users" \
    --password-iterations "$password_iterations" 2>&1 | tail -1
  # Password hashing is slow by design: everyone signs in through the login form first, with the app on both
  # cores, and the measured runs reuse each user's cookies. Then the app (all its threads) moves to core 0.
  start_app 0,1
  if wants load; then
    for kind in "onboarding $onboarding_users" "products $complete_users"; do
      set -- $kind
      dotnet "$out/load/CareerNavigator.Load.dll" --url "$url" --scenario "$1" --users "$2" --sign-in-only \
        --sign-in-concurrency 8 --cookies "$out/cookies.json" --no-server-metrics | sed -n 1p
    done
  fi
  if [[ -n "$pg_data" ]]; then
    # Seeding thousands of users leaves the planner statistics stale and the writes unflushed: let PostgreSQL catch
    # up now, so autovacuum, auto-analyze and a checkpoint do not land (on the app's core) in a measured phase.
    as_postgres "$pg_bin/vacuumdb" -h "$pg_data" -p "$pg_port" -U postgres --analyze --quiet careernav_bench
    as_postgres "$pg_bin/psql" -h "$pg_data" -p "$pg_port" -U postgres -d careernav_bench -q -c "CHECKPOINT"
  fi
  taskset -a -p -c 0 "$app_pid" >/dev/null
fi

if wants load; then
  load() {
    local scenario=$1 users=$2; shift 2
    echo "== circuit load: $scenario, $users users =="
    taskset -c 1 dotnet "$out/load/CareerNavigator.Load.dll" --url "$url" --scenario "$scenario" --users "$users" \
      --steps "$steps" --hold "$hold" --cookies "$out/cookies.json" --json "$out/load-$scenario.json" "$@" \
      | tee "$out/load-$scenario.txt" || status=1
  }
  load onboarding "$onboarding_users" --interval 5
  load products "$products_users" --interval 10
  load idle "$idle_users" --connect-concurrency 50
  echo "load after: $(uptime)" >>"$out/machine.txt"
fi

if wants ssr; then
  echo "== server-side rendering throughput (wrk, 1 thread, 32 connections, ${ssr_seconds}s each, app on core 0, wrk on core 1) =="
  : >"$out/ssr.txt"
  for path in / /Account/Login /app.css; do
    taskset -c 1 wrk -t1 -c32 -d5s "$url$path" >/dev/null 2>&1 || true   # warm-up
    echo "-- GET $path" | tee -a "$out/ssr.txt"
    taskset -c 1 wrk -t1 -c32 -d"${ssr_seconds}s" --latency "$url$path" | grep -E "Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors" | tee -a "$out/ssr.txt"
  done
fi
[[ -n "${app_pid:-}" ]] && stop_app

if wants generation; then
  echo "== built-in generation ($generation_users users) =="
  (cd "$out/tools" && DOTNET_PROCESSOR_COUNT=1 taskset -c 0 dotnet CareerNavigator.Tools.dll bench-generation --users "$generation_users") \
    | tee "$out/generation.txt" || status=1
fi

if wants job-path; then
  echo "== a model generation as a job: click to first streamed token on the page (model answering at once, on core 0) =="
  (cd "$out/tools" && DOTNET_PROCESSOR_COUNT=1 taskset -c 0 dotnet CareerNavigator.Tools.dll bench-job-path --runs 50) \
    | tee "$out/job-path.txt" || status=1
fi

if wants admin; then
  echo "== admin benchmark ($admin_users seeded users on top of the load accounts) ==" | tee "$out/admin.txt"
  # The grid's deep-page case walks 1,000 pages of 50; seed-users runs once per database (a second run says so).
  tool seed-users --count "$admin_users" --force 2>&1 | tail -2 | tee -a "$out/admin.txt" || true
  # shellcheck disable=SC2086
  tool bench-admin ${BENCH_ADMIN_ARGS:-} | tee -a "$out/admin.txt" || status=1
fi

if wants board; then
  echo "== application board (${BENCH_BOARD_APPLICATIONS:-500} applications, app on core 0) =="
  (cd "$out/tools" && DOTNET_PROCESSOR_COUNT=1 taskset -c 0 dotnet CareerNavigator.Tools.dll bench-board --applications "${BENCH_BOARD_APPLICATIONS:-500}") \
    | tee "$out/board.txt" || status=1
fi

if wants cv-reader; then
  echo "== built-in CV reader (three-page PDF, on core 0) =="
  cv_file="$PWD/CareerNavigator.Tests/Import/CvFixtures/en-chromium-three-page.pdf"
  (cd "$out/tools" && DOTNET_PROCESSOR_COUNT=1 taskset -c 0 dotnet CareerNavigator.Tools.dll bench-cv-reader --runs 100 --file "$cv_file") \
    | tee "$out/cv-reader.txt" || status=1
fi

echo "Done: $out"
exit $status
