#!/usr/bin/env bash
# Flowbook load benchmark (issue 20 item 5, decision 0634): wrk against loopback, bounded in time
# and connections, signed in. Measures requests/s and p99 for the landscape, a process page, a
# search and a save, beside nginx serving a saved copy of the same two pages. Runs alternate
# (ours, nginx, ours, nginx …) so a busy neighbour on a shared machine hits both alike; the medians
# and the load average are printed.
#
#   flowbook-server/bench/load.sh                      one server on H2, started and stopped here
#   flowbook-server/bench/load.sh --rounds 5 --duration 20s
#   FLOWBOOK_BENCH_READER=rut:secret FLOWBOOK_BENCH_AUTHOR=eva:secret \
#     flowbook-server/bench/load.sh http://a:8080 http://b:8080     running instances (one library)
#   flowbook-server/bench/load.sh --profile            also records a JFR profile of the server
#
# Needs wrk, curl, python3; nginx for the comparison (skipped with a note when missing:
# apt-get install nginx-light). Exit codes: 0 done, 1 a step failed, 2 usage.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION=10s
CONNECTIONS=16
THREADS=2
ROUNDS=2
PROFILE=0
URLS=()

usage() { sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    -h|--help) usage; exit 0 ;;
    http://*|https://*) URLS+=("${1%/}"); shift ;;
    *) echo "load.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$DURATION" =~ ^[0-9]+[sm]$ ]] || { echo "load.sh: --duration like 10s or 1m, not '$DURATION'" >&2; exit 2; }
[[ "$CONNECTIONS" =~ ^[0-9]+$ && "$CONNECTIONS" -ge 1 && "$CONNECTIONS" -le 1000 ]] \
  || { echo "load.sh: --connections 1..1000" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[0-9]+$ && "$ROUNDS" -ge 1 && "$ROUNDS" -le 50 ]] || { echo "load.sh: --rounds 1..50" >&2; exit 2; }
[[ "$THREADS" =~ ^[0-9]+$ && "$THREADS" -ge 1 ]] || { echo "load.sh: --threads 1.." >&2; exit 2; }
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "load.sh: $tool is needed" >&2; exit 1; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/flowbook-load.XXXXXX")"
SERVER_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$PROFILE" = 1 ]; then
    echo "load.sh: kept $WORK (server.jfr: jfr print --events jdk.ExecutionSample $WORK/server.jfr)" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# --- the server(s) ---------------------------------------------------------------------------
if [ ${#URLS[@]} -eq 0 ]; then
  PORT="$(free_port)"
  JAVA_OPTS="${FLOWBOOK_JAVA_OPTS:-}"
  if [ "$PROFILE" = 1 ]; then
    JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=filename=$WORK/server.jfr,settings=profile,dumponexit=true"
  fi
  echo "load.sh: starting one server on H2 (port $PORT, data in $WORK/data) ..." >&2
  # FLOWBOOK_BENCH_JAR: another build's flowbook.jar (with its lib/), to compare before and after.
  if [ -n "${FLOWBOOK_BENCH_JAR:-}" ]; then
    FLOWBOOK_REQUEST_LOG=off java $JAVA_OPTS -Dflowbook.home="$ROOT" -jar "$FLOWBOOK_BENCH_JAR" \
      serve --port "$PORT" --data "$WORK/data" >"$WORK/server.out" 2>"$WORK/server.err" &
  else
    FLOWBOOK_JAVA_OPTS="$JAVA_OPTS" FLOWBOOK_REQUEST_LOG=off \
      "$ROOT/flowbook" serve --port "$PORT" --data "$WORK/data" >"$WORK/server.out" 2>"$WORK/server.err" &
  fi
  SERVER_PID=$!
  URLS=("http://127.0.0.1:$PORT")
fi
for u in "${URLS[@]}"; do
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$u/health/ready" || true)" = 200 ] && continue 2
    if [ -n "$SERVER_PID" ] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "load.sh: the server stopped:" >&2; tail -20 "$WORK/server.err" >&2; exit 1
    fi
    sleep 0.5
  done
  echo "load.sh: $u/health/ready did not answer 200 within 5 minutes" >&2; exit 1
done
BASE="${URLS[0]}"

# Signs in with a cookie jar; prints nothing, fails loudly.
sign_in() { # jar user password
  local jar="$1" token code
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "_csrf=$token" --data-urlencode "username=$2" --data-urlencode "password=$3" \
    --data-urlencode "next=/" "$BASE/login")
  [ "$code" = 303 ] || { echo "load.sh: sign-in of $2 failed ($code)" >&2; exit 1; }
}
page_csrf() { curl -s -b "$1" "$BASE$2" | sed -n 's/.*name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1; }
session_of() { awk '$6 == "flowbook_session" { print $7 }' "$1"; }

if [ -n "$SERVER_PID" ]; then
  ONE_TIME=$(sed -n 's/.*one-time password  *\([^ ]*\).*/\1/p' "$WORK/server.out" | head -1)
  [ -n "$ONE_TIME" ] || { echo "load.sh: no admin password in the server's output" >&2; exit 1; }
  ADMIN_PW="bench-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
  sign_in "$WORK/admin.jar" admin "$ONE_TIME"
  token=$(curl -s -b "$WORK/admin.jar" "$BASE/account/password" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -b "$WORK/admin.jar" --data-urlencode "_csrf=$token" --data-urlencode "username=admin" \
    --data-urlencode "current=$ONE_TIME" --data-urlencode "password=$ADMIN_PW" --data-urlencode "confirm=$ADMIN_PW" \
    "$BASE/account/password"
  sign_in "$WORK/admin.jar" admin "$ADMIN_PW"
  READER_PW="read-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
  token=$(page_csrf "$WORK/admin.jar" /admin/users)
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/admin.jar" -H "X-CSRF-Token: $token" \
    --data-urlencode "_csrf=$token" --data-urlencode "username=bench.reader" --data-urlencode "displayName=Bench Reader" \
    --data-urlencode "access=reader" --data-urlencode "password=$READER_PW" "$BASE/admin/users")
  [[ "$code" =~ ^(200|303)$ ]] || { echo "load.sh: could not create the reader ($code)" >&2; exit 1; }
  sign_in "$WORK/reader.jar" bench.reader "$READER_PW"
  # A reader created by an admin holds a one-time password: choose one.
  token=$(curl -s -b "$WORK/reader.jar" "$BASE/account/password" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  if [ -n "$token" ]; then
    NEW_PW="reader-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
    curl -s -o /dev/null -b "$WORK/reader.jar" --data-urlencode "_csrf=$token" --data-urlencode "username=bench.reader" \
      --data-urlencode "current=$READER_PW" --data-urlencode "password=$NEW_PW" --data-urlencode "confirm=$NEW_PW" \
      "$BASE/account/password"
    sign_in "$WORK/reader.jar" bench.reader "$NEW_PW"
  fi
  AUTHOR_JAR="$WORK/admin.jar"
else
  : "${FLOWBOOK_BENCH_READER:?set FLOWBOOK_BENCH_READER=user:password (a reader) for running instances}"
  : "${FLOWBOOK_BENCH_AUTHOR:?set FLOWBOOK_BENCH_AUTHOR=user:password (an author) for running instances}"
  sign_in "$WORK/reader.jar" "${FLOWBOOK_BENCH_READER%%:*}" "${FLOWBOOK_BENCH_READER#*:}"
  sign_in "$WORK/author.jar" "${FLOWBOOK_BENCH_AUTHOR%%:*}" "${FLOWBOOK_BENCH_AUTHOR#*:}"
  AUTHOR_JAR="$WORK/author.jar"
fi
READER_COOKIE="flowbook_session=$(session_of "$WORK/reader.jar")"
AUTHOR_COOKIE="flowbook_session=$(session_of "$AUTHOR_JAR")"
AUTHOR_CSRF=$(page_csrf "$AUTHOR_JAR" /)

PROCESS="${FLOWBOOK_BENCH_PROCESS:-purchase-approval}"
QUERY="${FLOWBOOK_BENCH_QUERY:-faktura}"
for path in / "/processes/$PROCESS"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $READER_COOKIE" "$BASE$path")
  [ "$code" = 200 ] || { echo "load.sh: $path answers $code to the reader" >&2; exit 1; }
done

# The process saved over and over: a copy of the read one, so reading pages keep their history.
SAVE_ID="bench-save-$$"
SOURCE=$(curl -s -H "Cookie: $READER_COOKIE" "$BASE/api/v1/processes/$PROCESS" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["source"])' \
  | sed "s/^id: .*/id: $SAVE_ID/")
BODY=$(python3 -c 'import json,sys; print(json.dumps({"source": sys.stdin.read(), "note": "load.sh"}))' <<<"$SOURCE")
printf '%s' "$BODY" >"$WORK/save.json"
code=$(curl -s -o "$WORK/created.json" -w '%{http_code}' -H "Cookie: $AUTHOR_COOKIE" -H "X-CSRF-Token: $AUTHOR_CSRF" \
  -H 'Content-Type: application/json' --data-binary @"$WORK/save.json" "$BASE/api/v1/processes")
[ "$code" = 201 ] || { echo "load.sh: creating $SAVE_ID answered $code: $(head -c 300 "$WORK/created.json")" >&2; exit 1; }
cat >"$WORK/save.lua" <<LUA
-- Saves a new version; the ETag of each answer (saved or conflict) is the next If-Match.
local body = io.open("$WORK/save.json"):read("*a")
local etag = '"1"'
request = function()
  return wrk.format("PUT", "/api/v1/processes/$SAVE_ID", {
    ["Content-Type"] = "application/json", ["If-Match"] = etag,
    ["Cookie"] = "$AUTHOR_COOKIE", ["X-CSRF-Token"] = "$AUTHOR_CSRF" }, body)
end
response = function(status, headers, body)
  if headers["ETag"] then etag = headers["ETag"] end
end
LUA

# --- nginx with saved copies of the same pages -------------------------------------------------
NGINX_URL=""
NGINX_BIN="$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)"
if [ -n "$NGINX_BIN" ]; then
  mkdir -p "$WORK/www/processes" "$WORK/nginx"
  curl -s -H "Cookie: $READER_COOKIE" "$BASE/" >"$WORK/www/index.html"
  curl -s -H "Cookie: $READER_COOKIE" "$BASE/processes/$PROCESS" >"$WORK/www/processes/$PROCESS"
  # nginx's workers run as another user: they must be able to read the copies.
  chmod -R a+rX "$WORK/www"; chmod a+x "$WORK"
  NPORT="$(free_port)"
  cat >"$WORK/nginx/nginx.conf" <<NGX
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $WORK/nginx; proxy_temp_path $WORK/nginx; fastcgi_temp_path $WORK/nginx;
  uwsgi_temp_path $WORK/nginx; scgi_temp_path $WORK/nginx;
  server { listen 127.0.0.1:$NPORT; root $WORK/www; index index.html; }
}
NGX
  "$NGINX_BIN" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/start.err" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NPORT/" || true)" = 200 ] && break
    sleep 0.1
  done
  NGINX_URL="http://127.0.0.1:$NPORT"
else
  echo "load.sh: nginx not found (apt-get install nginx-light); measuring Flowbook only" >&2
fi

# --- measuring ---------------------------------------------------------------------------------
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
# Runs wrk against every base URL at once (connections shared out) and appends
# "name  req/s  p99-ms  errors" to the results.
measure() { # name path cookie [lua]
  local name="$1" path="$2" cookie="$3" lua="${4:-}" n=${#BASES[@]} i=0 pids=()
  local per thr
  per=$(( (CONNECTIONS + n - 1) / n ))
  thr=$(( THREADS < per ? THREADS : per ))
  for b in "${BASES[@]}"; do
    if [ -n "$lua" ]; then
      wrk -t "$thr" -c "$per" -d "$DURATION" --latency -s "$lua" "$b$path" >"$WORK/wrk.$i" 2>&1 &
    else
      wrk -t "$thr" -c "$per" -d "$DURATION" --latency -H "Cookie: $cookie" "$b$path" >"$WORK/wrk.$i" 2>&1 &
    fi
    pids+=($!); i=$((i + 1))
  done
  for p in "${pids[@]}"; do wait "$p"; done
  python3 - "$name" "$n" "$WORK" >>"$RESULTS" <<'PY'
import re, sys
name, n, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
unit = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
rps, p99, errors = 0.0, 0.0, 0
for i in range(n):
    text = open(f"{work}/wrk.{i}").read()
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    rps += float(m.group(1)) if m else 0.0
    m = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
    p99 = max(p99, float(m.group(1)) * unit[m.group(2)] if m else float("nan"))
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors += int(m.group(1)) if m else 0
    m = re.search(r"Socket errors:.*", text)
    if m: errors += sum(int(x) for x in re.findall(r"\d+", m.group(0)))
print(f"{name}\t{rps:.0f}\t{p99:.2f}\t{errors}")
PY
}

echo "load.sh: wrk ${THREADS} threads, ${CONNECTIONS} connections, ${DURATION} per run, ${ROUNDS} rounds;" \
  "instances: ${URLS[*]}" >&2
LOAD_BEFORE="$(loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  echo "load.sh: round $round of $ROUNDS (load average $(loadavg))" >&2
  for page in landscape process; do
    path=/; [ "$page" = process ] && path="/processes/$PROCESS"
    BASES=("${URLS[@]}"); measure "$page flowbook" "$path" "$READER_COOKIE"
    if [ -n "$NGINX_URL" ]; then
      BASES=("$NGINX_URL"); measure "$page nginx" "$path" ""
    fi
  done
  BASES=("${URLS[@]}"); measure "search flowbook" "/search?q=$QUERY" "$READER_COOKIE"
  BASES=("${URLS[@]}"); measure "save flowbook" "/api/v1/processes/$SAVE_ID" "" "$WORK/save.lua"
done
LOAD_AFTER="$(loadavg)"

python3 - "$RESULTS" "$LOAD_BEFORE" "$LOAD_AFTER" "${#URLS[@]}" <<'PY'
import statistics, sys
from collections import OrderedDict
rows = OrderedDict()
for line in open(sys.argv[1]):
    name, rps, p99, err = line.rstrip("\n").split("\t")
    rows.setdefault(name, []).append((float(rps), float(p99), int(err)))
print(f"instances: {sys.argv[4]}   load average before: {sys.argv[2]}   after: {sys.argv[3]}")
print("| what | req/s (median) | p99 ms (median) | runs req/s | runs p99 ms | errors |")
print("|---|---|---|---|---|---|")
for name, runs in rows.items():
    r = [x[0] for x in runs]; p = [x[1] for x in runs]
    print(f"| {name} | {statistics.median(r):,.0f} | {statistics.median(p):.2f} | "
          f"{', '.join(f'{x:,.0f}' for x in r)} | {', '.join(f'{x:.1f}' for x in p)} | {sum(x[2] for x in runs)} |")
for page in ("landscape", "process"):
    if f"{page} flowbook" in rows and f"{page} nginx" in rows:
        ours = statistics.median(x[1] for x in rows[f"{page} flowbook"])
        theirs = statistics.median(x[1] for x in rows[f"{page} nginx"])
        print(f"{page}: p99 {ours / theirs:.1f}x nginx's")
PY
