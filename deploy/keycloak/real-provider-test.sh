#!/usr/bin/env bash
# The packaged app against a real Keycloak (not the OIDC Dev Service the other tests use):
#   1. Keycloak 26 from its distribution (run-keycloak.sh --fresh: the realm file is what is tested) on :8180;
#   2. the packaged app (target/quarkus-app, from ./mvnw package or verify) on APP_PORT with its own database;
#   3. a bearer-token API call (password grant for officer) -> GET /api/me, and the same call without a token -> 401;
#   4. the browser login journey on Keycloak's own login page, a leader's one-time code (TOTP) and a back-channel
#      logout (frontend/e2e/keycloak-login.test.mjs), which Keycloak posts to the app and a second replica of it
#      (REPLICA_PORT, same database and secrets) must honour too;
#   5. session limits: idle and absolute timeouts, a user disabled at Keycloak (frontend/e2e/keycloak-session.test.mjs).
# Keycloak and the app are stopped at the end, whatever happens; their logs stay in target/real-provider/.
#
#   deploy/keycloak/real-provider-test.sh          # from anywhere; CI runs it after ./mvnw -B verify
#
# Environment: APP_PORT (8097), REPLICA_PORT (8098), ATTRACT_KC_DATABASE (attract_kc, dropped and re-created on each run),
# KC_READY_TIMEOUT (180 s), APP_READY_TIMEOUT (180 s), plus run-keycloak.sh's (KC_JAVA_HOME, KEYCLOAK_VERSION).
# Keycloak's port is 8180: the realm's issuer and the README assume it.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
kc_port=8180
kc_url="http://localhost:$kc_port"
realm_url="$kc_url/realms/attract"
app_port=${APP_PORT:-8097}
app_url="http://localhost:$app_port"
# The packaged app answers health on its management port (ADR 0028); Keycloak keeps 9000 for its own.
app_management_port=${APP_MANAGEMENT_PORT:-9097}
replica_port=${REPLICA_PORT:-8098}
replica_url="http://localhost:$replica_port"
replica_management_port=${REPLICA_MANAGEMENT_PORT:-9098}
database=${ATTRACT_KC_DATABASE:-attract_kc}
client_secret=change-me-attract-secret   # the realm file's (local trials only)
logs="$root/target/real-provider"
kc_log="$logs/keycloak.log"
app_log="$logs/app.log"
replica_log="$logs/replica.log"
started=$(date +%s)

kc_pid=
app_pid=
replica_pid=
current="preparing"

say() { printf '\n== real-provider test: %s\n' "$*"; }
fail() {
  echo "real-provider test FAILED while ${current}: $*" >&2
  exit 1
}

# Stops a process group started by start_group, politely first.
stop_group() {
  local pid=$1 name=$2
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  echo "$name did not stop in 30 s: killing it" >&2
  kill -KILL -- "-$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  set +e
  stop_group "$replica_pid" "the second replica"
  stop_group "$app_pid" "the app"
  stop_group "$kc_pid" "Keycloak"
  if [ "$rc" -eq 0 ]; then
    say "PASSED in $(( $(date +%s) - started )) s"
  else
    echo "real-provider test FAILED (exit $rc) after $(( $(date +%s) - started )) s; logs: $logs" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# Runs a command in its own session/process group (so the whole tree can be stopped) with output in a log.
start_group() {
  local log=$1; shift
  setsid "$@" >"$log" 2>&1 < /dev/null &
  echo $!
}
# wait_for URL TIMEOUT PID NAME LOG: until URL answers 2xx, the process dies, or the time is up.
wait_for() {
  local url=$1 timeout=$2 pid=$3 name=$4 log=$5
  local deadline=$(( $(date +%s) + timeout ))
  while ! curl -sf -o /dev/null --max-time 5 "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "--- last lines of $log:" >&2; tail -n 60 "$log" >&2
      fail "$name exited before $url answered"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "--- last lines of $log:" >&2; tail -n 60 "$log" >&2
      fail "$name did not answer $url within $timeout s"
    fi
    sleep 2
  done
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }

# --- preconditions
current="checking the preconditions"
[ -f target/quarkus-app/quarkus-run.jar ] || fail "no target/quarkus-app/quarkus-run.jar: run ./mvnw package -DskipTests first"
for tool in curl python3 node setsid; do command -v "$tool" >/dev/null || fail "$tool is required"; done
port_in_use "$kc_port" && fail "port $kc_port is in use: stop whatever listens there (another Keycloak?)"
port_in_use "$app_port" && fail "port $app_port is in use: set APP_PORT to a free port"
port_in_use "$app_management_port" && fail "port $app_management_port is in use: set APP_MANAGEMENT_PORT to a free port"
port_in_use "$replica_port" && fail "port $replica_port is in use: set REPLICA_PORT to a free port"
port_in_use "$replica_management_port" && fail "port $replica_management_port is in use: set REPLICA_MANAGEMENT_PORT"
mkdir -p "$logs"

# --- 1. Keycloak with the realm file imported
current="starting Keycloak"
say "Keycloak on $kc_url (log: $kc_log; the first run downloads ~165 MB)"
kc_pid=$(start_group "$kc_log" "$root/deploy/keycloak/run-keycloak.sh" --fresh)
wait_for "$realm_url/.well-known/openid-configuration" "${KC_READY_TIMEOUT:-180}" "$kc_pid" Keycloak "$kc_log"
echo "Keycloak is up after $(( $(date +%s) - started )) s"

# The realm allows redirects to http://localhost:8080/* only, and posts back-channel logouts there; this run's app
# listens on another port, so add it to the client for this run (through the admin API of this throw-away
# Keycloak; the realm file stays as it is).
if [ "$app_port" != 8080 ]; then
  current="allowing redirects to $app_url in the attract client"
  admin_token=$(curl -sf -d grant_type=password -d client_id=admin-cli \
      -d username="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" -d password="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
      "$kc_url/realms/master/protocol/openid-connect/token" | json "d['access_token']") \
    || fail "no admin token from the master realm"
  client=$(curl -sf -H "Authorization: Bearer $admin_token" "$kc_url/admin/realms/attract/clients?clientId=attract") \
    || fail "could not read the attract client"
  client_id=$(json "d[0]['id']" <<<"$client") || fail "no attract client in the realm: $client"
  updated=$(CLIENT="$client" python3 - "$app_url" <<'PY'
import json, os, sys
c = json.loads(os.environ["CLIENT"])[0]
uri = sys.argv[1] + "/*"
c["redirectUris"] = c.get("redirectUris", []) + [uri]
post = c.setdefault("attributes", {}).get("post.logout.redirect.uris", "")
c["attributes"]["post.logout.redirect.uris"] = "##".join([p for p in post.split("##") if p] + [uri])
c["attributes"]["backchannel.logout.url"] = sys.argv[1] + "/logout/back-channel"
print(json.dumps(c))
PY
) || fail "unexpected answer for the attract client: $client"
  curl -sf -X PUT -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
    --data "$updated" "$kc_url/admin/realms/attract/clients/$client_id" || fail "could not update the attract client"
fi

# --- 2. The packaged app against it, on its own database
current="starting the app"
say "the app on $app_url, database $database (log: $app_log)"
if command -v psql >/dev/null; then
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists \"$database\" with (force)" \
    || fail "could not drop the database $database"
fi
# Both replicas share the database and the secrets, as replicas behind one Service do.
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$database"
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
export QUARKUS_OIDC_AUTH_SERVER_URL="$realm_url" QUARKUS_OIDC_CLIENT_ID=attract
export QUARKUS_OIDC_CREDENTIALS_SECRET="$client_secret"
ATTRACT_PERSONAL_DATA_KEY=$(python3 -c 'import base64, secrets; print(base64.b64encode(secrets.token_bytes(32)).decode())')
QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
export QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET ATTRACT_PERSONAL_DATA_KEY
export ATTRACT_DEMO_ENABLED=true
app_pid=$(QUARKUS_HTTP_PORT="$app_port" QUARKUS_MANAGEMENT_PORT="$app_management_port" \
  start_group "$app_log" java -jar "$root/target/quarkus-app/quarkus-run.jar")
wait_for "http://localhost:$app_management_port/q/health/ready" "${APP_READY_TIMEOUT:-180}" "$app_pid" "the app" "$app_log"
echo "the app is ready after $(( $(date +%s) - started )) s"
current="starting the second replica"
say "a second replica on $replica_url, same database (log: $replica_log)"
replica_pid=$(QUARKUS_HTTP_PORT="$replica_port" QUARKUS_MANAGEMENT_PORT="$replica_management_port" \
  start_group "$replica_log" java -jar "$root/target/quarkus-app/quarkus-run.jar")
wait_for "http://localhost:$replica_management_port/q/health/ready" "${APP_READY_TIMEOUT:-180}" "$replica_pid" \
  "the second replica" "$replica_log"

# --- 3. Bearer token from Keycloak -> the API
current="calling the API with a bearer token"
say "GET /api/me with officer's access token from Keycloak (password grant)"
token_response=$(curl -s -d grant_type=password -d client_id=attract -d client_secret="$client_secret" \
  -d username=officer -d password=demo "$realm_url/protocol/openid-connect/token")
token=$(json "d.get('access_token', '')" <<<"$token_response" 2>/dev/null || true)
[ -n "$token" ] || fail "no access token for officer: $token_response"
me=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $token" "$app_url/api/me")
status=${me##*$'\n'}
body=${me%$'\n'*}
[ "$status" = 200 ] || fail "GET /api/me with the token answered $status: $body"
python3 - "$body" <<'PY' || fail "GET /api/me answered 200 but not officer of wuyingshan: $body"
import json, sys
me = json.loads(sys.argv[1])
problems = []
if me.get("username") != "officer": problems.append(f"username {me.get('username')!r}")
if "officer" not in (me.get("roles") or []): problems.append(f"roles {me.get('roles')!r}")
if (me.get("unit") or {}).get("code") != "wuyingshan": problems.append(f"unit {me.get('unit')!r}")
if problems: sys.exit("unexpected " + ", ".join(problems))
print(f"200: {me['username']} ({me.get('displayName')}), roles {sorted(me['roles'])}, unit {me['unit']}")
PY
status=$(curl -s -o /dev/null -w '%{http_code}' "$app_url/api/me")
[ "$status" = 401 ] || fail "GET /api/me without a token answered $status, not 401"
echo "without a token: 401"

# --- 4. The browser login journey on Keycloak's login page
current="running the browser login journey"
say "browser journey e2e/keycloak-login.test.mjs"
if [ ! -d frontend/node_modules/playwright-core ]; then (cd frontend && npm ci --no-audit --no-fund); fi
(cd frontend && BASE_URL="$app_url" REPLICA_URL="$replica_url" OIDC_PROVIDER=keycloak \
  node --test e2e/keycloak-login.test.mjs) \
  || fail "the Keycloak login journey failed (screenshots in frontend/e2e/screenshots/)"

# --- 5. Session limits: idle, absolute, a disabled user (the realm's limits are shortened for this run)
current="running the session-limits journey"
say "browser journey e2e/keycloak-session.test.mjs (about 70 s)"
(cd frontend && BASE_URL="$app_url" OIDC_PROVIDER=keycloak KC_URL="$kc_url" node --test e2e/keycloak-session.test.mjs) \
  || fail "the session-limits journey failed"
