#!/usr/bin/env bash
# Runs Keycloak without Docker, from the distribution on Maven Central, with the attract realm imported.
#   deploy/keycloak/run-keycloak.sh            # http://localhost:8180, admin console user admin/admin
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${KEYCLOAK_VERSION:-26.5.6}
home="$root/deploy/.keycloak/keycloak-$version"

if [ ! -x "$home/bin/kc.sh" ]; then
  mkdir -p "$root/deploy/.keycloak"
  "$root/mvnw" -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
    -DoutputDirectory="$root/deploy/.keycloak"
  (cd "$root/deploy/.keycloak" && unzip -q "keycloak-quarkus-dist-$version.zip")
fi
mkdir -p "$home/data/import"
cp "$here/attract-realm.json" "$home/data/import/"

cat <<MSG
Keycloak $version on http://localhost:8180 (realm attract). Start the packaged app against it with:
  QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:8180/realms/attract \\
  QUARKUS_OIDC_CREDENTIALS_SECRET=change-me-attract-secret \\
  QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET=\$(openssl rand -hex 32) \\
  ATTRACT_DEMO_ENABLED=true java -jar target/quarkus-app/quarkus-run.jar
Demo users: officer, officer2, unithead, leader, stats, admin — password demo-<username>.
MSG
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
# Keycloak 26 needs Java 21 or newer: use such a JDK when the default java is older.
if ! java -version 2>&1 | grep -qE "version \"(2[1-9]|[3-9][0-9])"; then
  for jdk in /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]*; do [ -x "$jdk/bin/java" ] && export JAVA_HOME="$jdk" && break; done
fi
exec "$home/bin/kc.sh" start-dev --http-port 8180 --import-realm
