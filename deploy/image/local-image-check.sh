#!/usr/bin/env bash
# Builds the app's container image with Quarkus's Jib extension and starts it, on a machine with no Docker engine
# that reaches only Maven Central and Debian's mirrors (no Docker Hub, no Red Hat registry). 4½ to 6 minutes with
# --fresh or on the first run (it downloads ~75 MB of Debian packages for the base, plus the Maven build's
# dependencies on a machine that has never built the app); 2½ to 3½ minutes when the base is reused. Not part of
# .ci/run for that reason: run it by hand after changing the Jib settings, the base or the app's start-up.
#
#   deploy/image/local-image-check.sh           # reuses $WORK/base-image.tar when it exists
#   deploy/image/local-image-check.sh --fresh   # rebuilds the base from Debian first
#
# 1. base: mmdebstrap builds a Debian 12 rootfs (minbase + openjdk-17-jre-headless, fonts-wqy-zenhei,
#    ca-certificates, tzdata, the user jboss uid 185) and make-base-tar.py turns it into a `docker save` tarball;
# 2. a throw-away registry (Debian's docker-registry) on 127.0.0.1:$REGISTRY_PORT;
# 3. `./mvnw package` with the Jib flags: base `tar://$WORK/base-image.tar`, pushed to that registry;
# 4. podman (runc, vfs storage, host network) pulls and runs the image against PostgreSQL on 127.0.0.1:5432,
#    database $DB (created, then dropped), port $APP_PORT, OIDC as a bearer-only service with a generated key;
# 5. checks: /q/health/ready 200, GET / is the front end's index.html, the PDF font exists in the image at the
#    path of attract.report.pdf-font, and the monthly PDF report renders (200, application/pdf, font embedded)
#    for a token signed with that key.
# Every process it starts (registry, container) is stopped and every temp dir removed on exit; only the base
# image tarball (~350 MB) and the logs stay in $WORK for the next run. Needs root (mmdebstrap, rootful podman);
# installs mmdebstrap, docker-registry, podman and runc with apt-get when missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/attract-image-check}
APP_PORT=${APP_PORT:-8099}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9099}
REGISTRY_PORT=${REGISTRY_PORT:-5000}
DB=${DB:-attract_image}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PGOPTIONS="-c client_min_messages=warning"
export PGHOST PGPORT PGUSER PGOPTIONS
# The mirrors this machine's apt uses (/etc/apt/sources.list.d/debian.sources).
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
DEBIAN_SECURITY=${DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
FRESH=false
[ "${1:-}" = "--fresh" ] && FRESH=true

IMAGE=localhost:$REGISTRY_PORT/attract/attract:0.1.0
CONTAINER=attract-image-check
RUN="$WORK/run"                     # everything below is removed on exit
PODMAN=(podman --root "$RUN/podman-root" --runroot "$RUN/podman-run" --storage-driver=vfs
        --cgroup-manager=cgroupfs --events-backend=file --runtime=runc)

START=$(date +%s)
step_start=$START
step() { local now; now=$(date +%s); echo "== [$((now - START))s, previous step $((now - step_start))s] $*"; step_start=$now; }
fail() { echo "FAIL: $*" >&2; exit 1; }

REGISTRY_PID=
cleanup() {
  set +e
  if [ -d "$RUN/podman-root" ]; then
    "${PODMAN[@]}" logs "$CONTAINER" > "$WORK/app.log" 2>&1
    "${PODMAN[@]}" rm -f -t 5 "$CONTAINER" >/dev/null 2>&1
    "${PODMAN[@]}" rmi -a -f >/dev/null 2>&1
  fi
  [ -n "$REGISTRY_PID" ] && kill "$REGISTRY_PID" 2>/dev/null && wait "$REGISTRY_PID" 2>/dev/null
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
  grep -o " $RUN[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null
  rm -rf "$RUN"
  echo "== cleaned up after $(( $(date +%s) - START ))s (app log: $WORK/app.log)"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "run as root (mmdebstrap --mode=root, rootful podman)"
missing=()
for cmd in mmdebstrap:mmdebstrap docker-registry:docker-registry podman:podman runc:runc; do
  command -v "${cmd%%:*}" >/dev/null || missing+=("${cmd##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  apt-get install -y -q "${missing[@]}" >/dev/null
fi
for port in "$APP_PORT" "$MANAGEMENT_PORT" "$REGISTRY_PORT"; do
  ss -ltn "sport = :$port" | grep -q LISTEN && fail "port $port is in use"
done
mkdir -p "$WORK"
rm -rf "$RUN"; mkdir -p "$RUN"

# --- 1. the base image, from Debian packages ---------------------------------------------------------------
if $FRESH || [ ! -s "$WORK/base-image.tar" ]; then
  step "base rootfs with mmdebstrap (Debian 12, openjdk-17-jre-headless, fonts-wqy-zenhei)"
  rm -f "$WORK/base-rootfs.tar" "$WORK/base-image.tar"
  # /usr/share/man/man1 must exist although man pages are left out: openjdk's postinst links java.1.gz there.
  mmdebstrap --mode=root --variant=minbase --format=tar \
    --include=openjdk-17-jre-headless,fonts-wqy-zenhei,ca-certificates,tzdata \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --setup-hook='mkdir -p "$1"/usr/share/man/man1' \
    --customize-hook='echo "downloaded: $(du -sm "$1"/var/cache/apt/archives | cut -f1) MB of packages"' \
    --customize-hook='chroot "$1" useradd -u 185 -g 0 -m -d /home/jboss -s /usr/sbin/nologin jboss' \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*' \
    bookworm "$WORK/base-rootfs.tar" \
    "deb $DEBIAN_MIRROR bookworm main" "deb $DEBIAN_MIRROR bookworm-updates main" \
    "deb $DEBIAN_SECURITY bookworm-security main" > "$WORK/mmdebstrap.log" 2>&1 \
    || { tail -20 "$WORK/mmdebstrap.log"; fail "mmdebstrap (log: $WORK/mmdebstrap.log)"; }
  grep '^downloaded:' "$WORK/mmdebstrap.log" || true
  step "base image tarball (make-base-tar.py)"
  python3 "$ROOT/deploy/image/make-base-tar.py" "$WORK/base-rootfs.tar" "$WORK/base-image.tar"
  rm -f "$WORK/base-rootfs.tar"
else
  step "reusing $WORK/base-image.tar (--fresh rebuilds it)"
fi

# --- 2. a local registry -------------------------------------------------------------------------------------
step "registry on 127.0.0.1:$REGISTRY_PORT"
mkdir -p "$RUN/registry"
cat > "$RUN/registry.yml" <<EOF
version: 0.1
log: {level: error}
storage:
  filesystem: {rootdirectory: $RUN/registry}
  delete: {enabled: true}
http:
  addr: 127.0.0.1:$REGISTRY_PORT
EOF
docker-registry serve "$RUN/registry.yml" > "$RUN/registry.log" 2>&1 &
REGISTRY_PID=$!
for _ in $(seq 1 20); do curl -fs "http://127.0.0.1:$REGISTRY_PORT/v2/" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$REGISTRY_PORT/v2/" >/dev/null || fail "registry did not start: $(cat "$RUN/registry.log")"

# --- 3. the app image, built and pushed by Jib -----------------------------------------------------------------
step "./mvnw package with Jib (base tar://$WORK/base-image.tar, push to $IMAGE)"
(cd "$ROOT" && ./mvnw -B -q package -DskipTests \
  -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
  -Dquarkus.container-image.registry=localhost:$REGISTRY_PORT -Dquarkus.container-image.insecure=true \
  -Dquarkus.jib.base-jvm-image="tar://$WORK/base-image.tar") > "$WORK/build.log" 2>&1 \
  || { tail -40 "$WORK/build.log"; fail "image build (log: $WORK/build.log)"; }
echo "pushed $IMAGE $(cat "$ROOT/target/jib-image.digest")"

# --- 4. run it with podman ---------------------------------------------------------------------------------------
step "podman pull + run on :$APP_PORT (database $DB)"
"${PODMAN[@]}" pull -q --tls-verify=false "docker://$IMAGE" >/dev/null
"${PODMAN[@]}" image inspect --format 'entrypoint {{json .Config.Entrypoint}}, user {{.Config.User}}, workdir {{.Config.WorkingDir}}' "$IMAGE"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
openssl genrsa -out "$RUN/key.pem" 2048 2>/dev/null
PUBLIC_KEY=$(openssl rsa -in "$RUN/key.pem" -pubout 2>/dev/null | grep -v -- ----- | tr -d '\n')
# The sandbox this was written on has no CAP_SYS_RESOURCE and cgroups v1+v2 (hybrid): podman's default rlimits
# (above the hard limits) and crun (no hybrid cgroups) fail there, hence explicit --ulimit and runc.
"${PODMAN[@]}" run -d --name "$CONTAINER" --network=host \
  --ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=4096:4096 \
  -e QUARKUS_HTTP_PORT="$APP_PORT" -e QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
  -e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  -e QUARKUS_DATASOURCE_USERNAME="$PGUSER" -e QUARKUS_DATASOURCE_PASSWORD= \
  -e QUARKUS_OIDC_APPLICATION_TYPE=service -e QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" \
  -e JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75 \
  -e ATTRACT_PERSONAL_DATA_KEY="$(openssl rand -base64 32)" \
  "$IMAGE" >/dev/null
status=000
for _ in $(seq 1 120); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" || true)
  [ "$status" = 200 ] && break
  [ "$("${PODMAN[@]}" inspect -f '{{.State.Running}}' "$CONTAINER")" = true ] || break
  sleep 1
done
[ "$status" = 200 ] || { "${PODMAN[@]}" logs "$CONTAINER" 2>&1 | tail -30; fail "/q/health/ready answered $status"; }
step "ready: /q/health/ready 200"

# --- 5. checks ---------------------------------------------------------------------------------------------------------
curl -fs "http://127.0.0.1:$APP_PORT/" -o "$RUN/index.html" || fail "GET / failed"
cmp -s "$RUN/index.html" "$ROOT/target/quinoa/build/index.html" || fail "GET / is not the front end's index.html"
echo "ok: GET / is the front end's index.html"
FONT=$(sed -n 's/^attract\.report\.pdf-font=//p' "$ROOT/src/main/resources/application.properties")
"${PODMAN[@]}" exec "$CONTAINER" test -s "$FONT" || fail "no $FONT in the image"
echo "ok: $FONT is in the image"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
jwt_head=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
jwt_body=$(printf '{"sub":"image-check","preferred_username":"image-check","name":"Image check","groups":["leader"],"iat":%d,"exp":%d}' \
  "$now" $((now + 600)) | b64url)
jwt_sig=$(printf '%s.%s' "$jwt_head" "$jwt_body" | openssl dgst -sha256 -sign "$RUN/key.pem" | b64url)
month=$(date +%Y-%m)
pdf_status=$(curl -s -o "$RUN/report.pdf" -w '%{http_code} %{content_type}' \
  -H "Authorization: Bearer $jwt_head.$jwt_body.$jwt_sig" "http://127.0.0.1:$APP_PORT/api/reports/monthly/$month.pdf")
[ "$pdf_status" = "200 application/pdf" ] || fail "GET /api/reports/monthly/$month.pdf: $pdf_status $(head -c 300 "$RUN/report.pdf")"
cp "$RUN/report.pdf" "$WORK/report.pdf"
# The font's name sits in compressed object streams: inflate every stream and look for it.
python3 - "$RUN/report.pdf" <<'PY' || fail "the PDF ($WORK/report.pdf) does not embed WenQuanYi Zen Hei"
import re, sys, zlib
pdf = open(sys.argv[1], "rb").read()
texts = [pdf]
for m in re.finditer(rb"stream\r?\n", pdf):
    try:
        texts.append(zlib.decompressobj().decompress(pdf[m.end():]))
    except zlib.error:
        pass
sys.exit(0 if any(b"WenQuanYi" in t for t in texts) else 1)
PY
echo "ok: /api/reports/monthly/$month.pdf 200 application/pdf, $(wc -c < "$RUN/report.pdf") bytes, WenQuanYi Zen Hei embedded"
step "all checks passed"
