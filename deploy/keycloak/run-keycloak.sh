#!/usr/bin/env bash
# Runs Keycloak WITHOUT Docker, from the distribution published on Maven Central
# (org.keycloak:keycloak-quarkus-dist:<version>:zip), with the `attract` realm imported.
#
#   deploy/keycloak/run-keycloak.sh            # foreground, http://localhost:8180 (Ctrl-C stops it)
#   deploy/keycloak/run-keycloak.sh --fresh    # forget the local Keycloak database, re-import the realm
#
# Environment: KEYCLOAK_VERSION (default below), KC_PORT (8180), KC_JAVA_HOME (a JDK 21+; found under
# /usr/lib/jvm when unset and the default java is older), KC_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD for the
# master-realm admin console (default admin / admin: a local trial only).
# Everything lands in deploy/.keycloak/ (git-ignored). Needs Maven (./mvnw of the project or mvn) and unzip.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
deploy=$(cd "$here/.." && pwd)
root=$(cd "$deploy/.." && pwd)
version=${KEYCLOAK_VERSION:-26.5.6}
port=${KC_PORT:-8180}
dist="$deploy/.keycloak"
home="$dist/keycloak-$version"
realm_file="$here/attract-realm.json"

fresh=false
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh=true ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

# 1. Download and unpack the distribution once (about 165 MB).
if [ ! -x "$home/bin/kc.sh" ]; then
  mkdir -p "$dist"
  zip="$dist/keycloak-quarkus-dist-$version.zip"
  if [ ! -s "$zip" ]; then
    if [ -x "$root/mvnw" ]; then mvn_cmd=("$root/mvnw"); else mvn_cmd=(mvn); fi
    echo "Fetching org.keycloak:keycloak-quarkus-dist:$version:zip from Maven Central ..."
    # -f: any pom works for dependency:copy; the project's pom keeps the plugin resolution identical to the build.
    "${mvn_cmd[@]}" -q -f "$root/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
      -DoutputDirectory="$dist" -Dmdep.overWriteReleases=true
  fi
  (cd "$dist" && unzip -q -o "$zip")
fi

# 2. Keycloak 26 needs Java 21 or newer.
java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ -n "${KC_JAVA_HOME:-}" ]; then
  export JAVA_HOME="$KC_JAVA_HOME"
else
  java_bin=$(command -v java || true)
  [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java_bin="$JAVA_HOME/bin/java"
  if [ -z "$java_bin" ] || [ "$(java_major "$java_bin")" -lt 21 ] 2>/dev/null; then
    found=
    for jdk in /usr/lib/jvm/*; do
      if [ -x "$jdk/bin/java" ] && [ "$(java_major "$jdk/bin/java")" -ge 21 ] 2>/dev/null; then found=$jdk; break; fi
    done
    [ -n "$found" ] || { echo "Keycloak $version needs Java 21+: set KC_JAVA_HOME to such a JDK." >&2; exit 1; }
    export JAVA_HOME="$found"
  fi
fi
major=$(java_major "${JAVA_HOME:+$JAVA_HOME/bin/}java")
# On Java 24+ the JBoss threads library needs this opening, or the server fails at start.
if [ "${major:-0}" -ge 24 ]; then
  export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} --add-opens=java.base/java.lang=ALL-UNNAMED"
fi

# 3. Realm import. --import-realm skips a realm that already exists, so when the realm file changed
#    (or --fresh), drop the dev-mode H2 database and import anew.
mkdir -p "$home/data/import"
if $fresh || ! cmp -s "$realm_file" "$home/data/import/attract-realm.json"; then
  rm -rf "$home/data/h2" "$home/data/transaction-logs"
fi
cp "$realm_file" "$home/data/import/attract-realm.json"

export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}

cat <<MSG
Keycloak $version (Java $major) on http://localhost:$port — realm attract, admin console http://localhost:$port/admin
(master realm ${KC_BOOTSTRAP_ADMIN_USERNAME} / the bootstrap password). Demo users, password "demo":
  officer (wuyingshan, officer)   officer2 (luokou, officer)   unithead (wuyingshan, unit_head)
  leader (district-gov, leader)   stats (invest-bureau, stats) admin (invest-bureau, admin)
  secadmin (security_admin)       auditor (audit_admin)        leader/stats/admins: one-time code (deploy/README.md)

Start the packaged app against it (another terminal, from the project root, after ./mvnw package -DskipTests):
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/attract
  export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
  export QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:$port/realms/attract
  export QUARKUS_OIDC_CLIENT_ID=attract QUARKUS_OIDC_CREDENTIALS_SECRET=change-me-attract-secret
  export QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET=\$(openssl rand -hex 32)
  export ATTRACT_PERSONAL_DATA_KEY=\$(openssl rand -base64 32)   # keep it: the contacts' phones need it (ADR 0031)
  java -jar target/quarkus-app/quarkus-run.jar        # then open http://localhost:8080

A bearer token for API scripts:
  curl -s -d grant_type=password -d client_id=attract -d client_secret=change-me-attract-secret \\
       -d username=officer -d password=demo http://localhost:$port/realms/attract/protocol/openid-connect/token
MSG

exec "$home/bin/kc.sh" start-dev --http-port "$port" --import-realm
