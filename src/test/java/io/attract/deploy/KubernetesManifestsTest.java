package io.attract.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests under deploy/k8s, read without a cluster (plain JUnit, no Quarkus): built-in kinds
 * deserialize into the fabric8 model with no unknown field, every Secret/ConfigMap reference names a key that is
 * defined, the app's probes, replicas, HPA and PDB fit together, the CloudNativePG clusters are HA with WAL
 * archiving and scheduled backups, the recovery manifest is sound, the Keycloak CR and its realm import exist and
 * the import is deploy/keycloak/attract-realm.json with the documented production changes, and every
 * kustomization lists files that exist.
 */
class KubernetesManifestsTest {

    static final Path K8S = Path.of("deploy/k8s");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";

    /** Built-in kinds and the model class with the apiVersion each must use. */
    static final Map<String, Class<?>> BUILT_IN = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    /** Custom resources of the operators used here (no model classes: checked field by field below). */
    static final Set<String> CUSTOM = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/ScheduledBackup",
            "barmancloud.cnpg.io/v1/ObjectStore",
            "monitoring.coreos.com/v1/PodMonitor",
            "k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    /** Files applied by hand, on purpose in no kustomization. */
    static final Set<String> APPLIED_BY_HAND = Set.of("secret.example.yaml", "cnpg/restore/attract-db-restore.yaml");

    /** Keys of the Secret CloudNativePG writes for a cluster's database owner (<cluster>-app). */
    static final Set<String> CNPG_APP_SECRET_KEYS =
            Set.of("username", "password", "dbname", "host", "port", "uri", "jdbc-uri", "pgpass", "user");

    record Doc(Path file, String namespace, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        String type() {
            return node.path("apiVersion").asText() + "/" + kind();
        }

        @Override
        public String toString() {
            return K8S.relativize(file) + " " + kind() + "/" + name();
        }
    }

    static List<Path> files;
    static List<Doc> docs;
    static Map<Path, JsonNode> kustomizations;

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> s = Files.walk(K8S)) {
            files = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
        docs = new ArrayList<>();
        kustomizations = new LinkedHashMap<>();
        for (Path f : files) {
            for (JsonNode n : readAll(f)) {
                if ("Kustomization".equals(n.path("kind").asText())) {
                    kustomizations.put(f, n);
                } else {
                    String ns = n.path("metadata")
                            .path("namespace")
                            .asText(K8S.relativize(f).startsWith("keycloak") ? "keycloak" : "attract");
                    docs.add(new Doc(f, ns, n));
                }
            }
        }
        assertThat(docs).as("manifests under %s", K8S).hasSizeGreaterThan(20);
    }

    static List<JsonNode> readAll(Path f) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(f.toFile())) {
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull() && !n.isMissingNode()) out.add(n);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // kinds and the fabric8 model

    @Test
    void everyDocumentIsAKnownKindAndBuiltInKindsDeserializeStrictly() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Doc d : docs) {
            Class<?> model = BUILT_IN.get(d.type());
            if (model == null) {
                if (!CUSTOM.contains(d.type())) problems.add(d + ": unknown apiVersion/kind " + d.type());
                continue;
            }
            Object o = YAML.treeToValue(d.node(), model);
            unknownFields(o, d.toString(), problems);
        }
        assertThat(problems)
                .as("unknown kinds or fields that Kubernetes would drop or refuse")
                .isEmpty();
    }

    /** fabric8 keeps fields it does not know in additionalProperties: any there is a misspelt or misplaced field. */
    static void unknownFields(Object o, String path, List<String> problems) throws Exception {
        if (o == null) return;
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) unknownFields(e, path + "[" + i++ + "]", problems);
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) unknownFields(e.getValue(), path + "." + e.getKey(), problems);
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) return;
        for (Method g : o.getClass().getMethods()) {
            if (g.getParameterCount() != 0
                    || Modifier.isStatic(g.getModifiers())
                    || !g.getName().startsWith("get")
                    || g.getDeclaringClass() == Object.class) continue;
            Object v = g.invoke(o);
            if (g.getName().equals("getAdditionalProperties")) {
                if (v instanceof Map<?, ?> extra && !extra.isEmpty())
                    problems.add(path + ": unknown " + extra.keySet());
            } else {
                String field = Character.toLowerCase(g.getName().charAt(3))
                        + g.getName().substring(4);
                unknownFields(v, path + "." + field, problems);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // references to Secrets and ConfigMaps

    @Test
    void everySecretAndConfigMapReferenceNamesAKeyThatIsDefined() throws IOException {
        Map<String, Set<String>> secrets = new LinkedHashMap<>(); // "namespace/name" -> keys
        Map<String, Set<String>> configMaps = new LinkedHashMap<>();
        for (Doc d : docs) {
            String id = d.namespace() + "/" + d.name();
            if (d.kind().equals("Secret")) {
                assertThat(K8S.relativize(d.file()).toString())
                        .as("Secrets are templates only: %s", d)
                        .isEqualTo("secret.example.yaml");
                d.node()
                        .path("stringData")
                        .fieldNames()
                        .forEachRemaining(k -> secrets.computeIfAbsent(id, x -> new TreeSet<>())
                                .add(k));
                assertThat(d.node().path("stringData").toString())
                        .as("%s holds placeholders only", d)
                        .doesNotContainPattern("\"(?!REPLACE_ME)[^\"]*\"\\s*[,}]");
            }
            if (d.kind().equals("ConfigMap")) {
                d.node()
                        .path("data")
                        .fieldNames()
                        .forEachRemaining(k -> configMaps
                                .computeIfAbsent(id, x -> new TreeSet<>())
                                .add(k));
            }
            if (d.kind().equals("Cluster")) {
                secrets.put(d.namespace() + "/" + d.name() + "-app", CNPG_APP_SECRET_KEYS);
            }
        }
        assertThat(secrets)
                .containsKeys("attract/attract-secrets", "attract/attract-db-app", "keycloak/keycloak-db-app");
        assertThat(secrets.get("attract/attract-secrets"))
                .containsExactlyInAnyOrder(
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "ATTRACT_DATABASE_MIGRATION_PASSWORD",
                        "QUARKUS_OIDC_CREDENTIALS_SECRET",
                        "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
                        "ATTRACT_PERSONAL_DATA_KEY",
                        "ATTRACT_ATTACHMENTS_S3_ACCESS_KEY_ID",
                        "ATTRACT_ATTACHMENTS_S3_SECRET_ACCESS_KEY",
                        "QUARKUS_MAILER_PASSWORD");

        List<String> problems = new ArrayList<>();
        int[] count = {0};
        for (Doc d : docs) {
            references(d.node(), d.toString(), d.namespace(), secrets, configMaps, problems, count);
        }
        // the overlays' inline patches reference Secrets too
        for (var k : kustomizations.entrySet()) {
            String ns = k.getValue().path("namespace").asText("attract");
            for (JsonNode p : k.getValue().path("patches")) {
                if (!p.has("patch")) continue;
                for (JsonNode n : YAML.readerFor(JsonNode.class)
                        .<JsonNode>readValues(p.path("patch").asText())
                        .readAll()) {
                    references(n, K8S.relativize(k.getKey()) + " patch", ns, secrets, configMaps, problems, count);
                }
            }
        }
        assertThat(problems)
                .as("references to undefined Secrets, ConfigMaps or keys")
                .isEmpty();
        assertThat(count[0]).as("references checked").isGreaterThan(10);
    }

    static void references(
            JsonNode n,
            String where,
            String ns,
            Map<String, Set<String>> secrets,
            Map<String, Set<String>> configMaps,
            List<String> problems,
            int[] count) {
        if (n.isArray()) {
            for (JsonNode e : n) references(e, where, ns, secrets, configMaps, problems, count);
            return;
        }
        if (!n.isObject()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                // core: env valueFrom; CNPG ObjectStore: s3Credentials; Keycloak: db secrets, realm placeholders
                case "secretKeyRef", "accessKeyId", "secretAccessKey", "usernameSecret", "passwordSecret", "secret" -> {
                    if (v.has("name") && v.has("key")) {
                        count[0]++;
                        check(
                                secrets,
                                ns,
                                v.path("name").asText(),
                                v.path("key").asText(),
                                "Secret",
                                where,
                                problems);
                    }
                }
                case "configMapKeyRef" -> {
                    count[0]++;
                    check(
                            configMaps,
                            ns,
                            v.path("name").asText(),
                            v.path("key").asText(),
                            "ConfigMap",
                            where,
                            problems);
                }
                case "secretRef" -> {
                    count[0]++;
                    check(secrets, ns, v.path("name").asText(), null, "Secret", where, problems);
                }
                case "configMapRef" -> {
                    count[0]++;
                    check(configMaps, ns, v.path("name").asText(), null, "ConfigMap", where, problems);
                }
                case "tls" -> { // Ingress
                    for (JsonNode t : v)
                        if (t.has("secretName")) {
                            count[0]++;
                            check(secrets, ns, t.path("secretName").asText(), "tls.crt", "Secret", where, problems);
                        }
                }
                case "tlsSecret" -> { // Keycloak
                    count[0]++;
                    check(secrets, ns, v.asText(), "tls.key", "Secret", where, problems);
                }
                default -> {}
            }
            references(v, where, ns, secrets, configMaps, problems, count);
        }
    }

    static void check(
            Map<String, Set<String>> defined,
            String ns,
            String name,
            String key,
            String kind,
            String where,
            List<String> problems) {
        Set<String> keys = defined.get(ns + "/" + name);
        if (keys == null) problems.add(where + ": " + kind + " " + ns + "/" + name + " is not defined");
        else if (key != null && !keys.contains(key))
            problems.add(where + ": " + kind + " " + ns + "/" + name + " has no key " + key);
    }

    // ---------------------------------------------------------------------------------------------------------
    // the app: replicas, probes, the shared cookie key, HPA and PDB

    Deployment app() throws IOException {
        return YAML.treeToValue(only("Deployment", "attract").node(), Deployment.class);
    }

    @Test
    void theAppRunsTwoOrMoreReplicasWithHealthProbes() throws IOException {
        Deployment app = app();
        assertThat(app.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        for (Container c : app.getSpec().getTemplate().getSpec().getContainers()) {
            Set<String> ports = new HashSet<>();
            c.getPorts().forEach(p -> ports.add(p.getName()));
            assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
            assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            assertThat(c.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
            for (var probe : List.of(c.getReadinessProbe(), c.getLivenessProbe(), c.getStartupProbe())) {
                assertThat(probe.getHttpGet().getPort().getStrVal())
                        .as("probes ask the management port (ADR 0028)")
                        .isEqualTo("management");
                assertThat(ports).contains(probe.getHttpGet().getPort().getStrVal());
            }
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        }
        assertThat(app.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot())
                .isTrue();
    }

    @Test
    void theManagementPortIsNeverRoutedFromOutside() throws IOException {
        Container c = app().getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(c.getPorts()).anySatisfy(port -> {
            assertThat(port.getName()).isEqualTo("management");
            assertThat(port.getContainerPort()).isEqualTo(9000);
        });
        assertThat(app().getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/port", "9000");
        Service service = YAML.treeToValue(only("Service", "attract").node(), Service.class);
        assertThat(service.getSpec().getPorts())
                .allSatisfy(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
        Ingress ingress = YAML.treeToValue(only("Ingress", "attract").node(), Ingress.class);
        ingress.getSpec()
                .getRules()
                .forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
                    assertThat(path.getBackend().getService().getName()).isEqualTo("attract");
                    assertThat(path.getBackend().getService().getPort().getName())
                            .isEqualTo("http");
                }));
    }

    @Test
    void everyReplicaReadsTheCookieKeyFromTheSameSecretKey() throws IOException {
        String var = "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET";
        Container c = app().getSpec().getTemplate().getSpec().getContainers().get(0);
        EnvVar env = c.getEnv().stream()
                .filter(e -> e.getName().equals(var))
                .findFirst()
                .orElseThrow();
        var ref = env.getValueFrom().getSecretKeyRef();
        assertThat(ref.getName()).isEqualTo("attract-secrets");
        assertThat(ref.getKey()).isEqualTo(var);
        assertThat(ref.getOptional())
                .as("a replica without the key must not start")
                .isNotEqualTo(Boolean.TRUE);
        assertThat(c.getEnvFrom())
                .as("secrets are named key by key")
                .allSatisfy(f -> assertThat(f.getSecretRef()).isNull());
        // no overlay sets it otherwise
        for (Path f : files) {
            if (f.endsWith("deployment.yaml") || f.endsWith("secret.example.yaml")) continue;
            assertThat(Files.readString(f))
                    .as("%s must not set the cookie key", f)
                    .doesNotContain(var);
        }
        // compose: one value for the app, required
        JsonNode compose = YAML.readTree(Path.of("deploy/compose/compose.yaml").toFile());
        assertThat(compose.path("services")
                        .path("app")
                        .path("environment")
                        .path(var)
                        .asText())
                .startsWith("${SESSION_SECRET:?");
        assertThat(Files.readString(Path.of("deploy/compose/.env.example"))).containsPattern("(?m)^SESSION_SECRET=");
    }

    @Test
    void theAutoscalerTargetsTheDeploymentAndFitsTheDisruptionBudget() throws IOException {
        Deployment app = app();
        HorizontalPodAutoscaler hpa =
                YAML.treeToValue(only("HorizontalPodAutoscaler", "attract").node(), HorizontalPodAutoscaler.class);
        var target = hpa.getSpec().getScaleTargetRef();
        assertThat(target.getApiVersion()).isEqualTo("apps/v1");
        assertThat(target.getKind()).isEqualTo("Deployment");
        assertThat(target.getName()).isEqualTo(app.getMetadata().getName());
        int min = hpa.getSpec().getMinReplicas();
        assertThat(min).isGreaterThanOrEqualTo(2).isEqualTo(app.getSpec().getReplicas());
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(min);
        assertThat(hpa.getSpec().getMetrics())
                .extracting(m -> m.getResource().getName())
                .containsExactlyInAnyOrder("cpu", "memory");
        var resources =
                app.getSpec().getTemplate().getSpec().getContainers().get(0).getResources();
        assertThat(resources.getRequests())
                .as("utilisation targets need requests")
                .containsKeys("cpu", "memory");

        PodDisruptionBudget pdb =
                YAML.treeToValue(only("PodDisruptionBudget", "attract").node(), PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getSelector().getMatchLabels())
                .isEqualTo(app.getSpec().getSelector().getMatchLabels())
                .isEqualTo(app.getSpec().getTemplate().getMetadata().getLabels());
        if (pdb.getSpec().getMaxUnavailable() != null) {
            assertThat(pdb.getSpec().getMaxUnavailable().getIntVal()).isBetween(1, min - 1);
        } else {
            assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isBetween(1, min - 1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // CloudNativePG

    @Test
    void databaseClustersAreHighlyAvailableArchiveWalAndAreBackedUpOnSchedule() {
        List<Doc> clusters = kind("Cluster");
        List<Doc> live = clusters.stream()
                .filter(c -> !c.node().at("/spec/bootstrap").has("recovery"))
                .toList();
        assertThat(live).extracting(Doc::name).contains("attract-db", "keycloak-db");
        for (Doc c : live) {
            JsonNode spec = c.node().path("spec");
            assertThat(spec.path("instances").asInt()).as("%s instances", c).isGreaterThanOrEqualTo(3);
            assertThat(spec.at("/storage/size").asText()).as("%s storage", c).isNotEmpty();
            assertThat(spec.at("/bootstrap/initdb/database").asText())
                    .as("%s database", c)
                    .isNotEmpty();
            assertThat(spec.at("/bootstrap/initdb/owner").asText())
                    .as("%s owner", c)
                    .isNotEmpty();
            assertWalArchiver(c);
            assertThat(kind("ScheduledBackup")).as("a ScheduledBackup of %s", c).anySatisfy(b -> {
                assertThat(b.namespace()).isEqualTo(c.namespace());
                assertThat(b.node().at("/spec/cluster/name").asText()).isEqualTo(c.name());
                assertThat(b.node().at("/spec/method").asText()).isEqualTo("plugin");
                assertThat(b.node().at("/spec/pluginConfiguration/name").asText())
                        .isEqualTo(BARMAN_PLUGIN);
                assertThat(b.node().at("/spec/schedule").asText().split(" "))
                        .as("six cron fields")
                        .hasSize(6);
            });
        }
        Doc attract = only("Cluster", "attract-db");
        assertThat(attract.node().at("/spec/bootstrap/initdb/database").asText())
                .isEqualTo("attract");
        assertThat(attract.node().at("/spec/bootstrap/initdb/owner").asText()).isEqualTo("attract");
        assertThat(attract.node().at("/spec/bootstrap/initdb/localeCType").asText())
                .as("pg_trgm and Chinese")
                .isEqualTo("C.UTF-8");
        assertThat(kind("PodMonitor"))
                .as("monitoring of attract-db")
                .anySatisfy(m -> assertThat(m.node()
                                .at("/spec/selector/matchLabels/cnpg.io~1cluster")
                                .asText())
                        .isEqualTo("attract-db"));
        for (Doc store : kind("ObjectStore")) {
            JsonNode conf = store.node().at("/spec/configuration");
            assertThat(conf.path("destinationPath").asText()).as("%s", store).startsWith("s3://");
            assertThat(conf.path("s3Credentials").has("accessKeyId"))
                    .as("%s credentials from a Secret", store)
                    .isTrue();
            assertThat(store.node().at("/spec/retentionPolicy").asText())
                    .as("%s retention", store)
                    .matches("\\d+[dwm]");
        }
    }

    void assertWalArchiver(Doc c) {
        JsonNode archiver = null;
        for (JsonNode p : c.node().at("/spec/plugins")) {
            if (p.path("name").asText().equals(BARMAN_PLUGIN)
                    && p.path("isWALArchiver").asBoolean()) archiver = p;
        }
        assertThat(archiver)
                .as("%s archives its WAL through the Barman Cloud plugin", c)
                .isNotNull();
        objectStore(c.namespace(), archiver.at("/parameters/barmanObjectName").asText());
    }

    Doc objectStore(String ns, String name) {
        return kind("ObjectStore").stream()
                .filter(s -> s.namespace().equals(ns) && s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ObjectStore " + ns + "/" + name));
    }

    @Test
    void thePointInTimeRecoveryManifestRestoresAttractDbFromItsArchive() {
        Doc restore = only("Cluster", "attract-db-restore");
        assertThat(K8S.relativize(restore.file()).toString()).isEqualTo("cnpg/restore/attract-db-restore.yaml");
        JsonNode recovery = restore.node().at("/spec/bootstrap/recovery");
        String when = recovery.at("/recoveryTarget/targetTime").asText();
        OffsetDateTime.parse(when, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSX")); // throws if malformed
        String source = recovery.path("source").asText();
        JsonNode external = null;
        for (JsonNode e : restore.node().at("/spec/externalClusters"))
            if (e.path("name").asText().equals(source)) external = e;
        assertThat(external)
                .as("externalClusters has the recovery source %s", source)
                .isNotNull();
        assertThat(external.at("/plugin/name").asText()).isEqualTo(BARMAN_PLUGIN);
        objectStore(
                restore.namespace(),
                external.at("/plugin/parameters/barmanObjectName").asText());
        assertThat(external.at("/plugin/parameters/serverName").asText()).isEqualTo("attract-db");
        assertWalArchiver(restore);
        for (JsonNode p : restore.node().at("/spec/plugins")) {
            assertThat(p.at("/parameters/serverName").asText())
                    .as("never archive over attract-db's WAL")
                    .isNotEqualTo("attract-db")
                    .isNotEmpty();
        }
        assertThat(recovery.path("database").asText()).isEqualTo("attract");
        assertThat(recovery.path("owner").asText()).isEqualTo("attract");
    }

    @Test
    void theCnpgOverlayPointsTheAppAtTheReadWriteServiceAndTheGeneratedSecret() {
        JsonNode k = kustomizations.get(K8S.resolve("cnpg/kustomization.yaml"));
        assertThat(k).isNotNull();
        String patches = k.path("patches").toString();
        assertThat(patches).contains("jdbc:postgresql://attract-db-rw:5432/attract");
        assertThat(patches).contains("attract-db-app");
    }

    /** ADR 0019: the cockpit's, reports' and exports' reads go to CNPG's read-only service, the replicas. */
    @Test
    void theCnpgOverlayReadsFromTheReadOnlyServiceOfReplicasThatKeepLongReads() throws IOException {
        JsonNode config = null;
        for (JsonNode patch :
                kustomizations.get(K8S.resolve("cnpg/kustomization.yaml")).path("patches")) {
            if (patch.at("/target/kind").asText().equals("ConfigMap")) {
                config = YAML.readTree(patch.path("patch").asText());
            }
        }
        assertThat(config).as("a patch of the ConfigMap").isNotNull();
        Map<String, String> set = new LinkedHashMap<>();
        for (JsonNode op : config) {
            set.put(op.path("path").asText(), op.path("value").asText());
        }
        assertThat(set)
                .containsEntry(
                        "/data/QUARKUS_DATASOURCE_JDBC_URL",
                        "jdbc:postgresql://attract-db-rw:5432/attract?sslmode=require");
        assertThat(set)
                .containsEntry(
                        "/data/QUARKUS_DATASOURCE_READS_JDBC_URL",
                        "jdbc:postgresql://attract-db-ro:5432/attract?sslmode=require");
        JsonNode spec = only("Cluster", "attract-db").node().path("spec");
        assertThat(spec.path("instances").asInt())
                .as("replicas behind attract-db-ro")
                .isGreaterThanOrEqualTo(2);
        assertThat(spec.at("/postgresql/parameters/hot_standby_feedback").asText())
                .isEqualTo("on");
        assertThat(only("ConfigMap", "attract-config").node().path("data").has("QUARKUS_DATASOURCE_READS_JDBC_URL"))
                .as("the base reads from the primary unless a replica is set")
                .isFalse();
    }

    @Test
    void theAppRunsAsItsOwnRoleAndTheOwnerOnlyMigrates() {
        // base: the DBA's two roles; cnpg: the owner from CNPG's generated Secret, the app's role managed by CNPG
        JsonNode config = only("ConfigMap", "attract-config").node().path("data");
        assertThat(config.path("QUARKUS_DATASOURCE_USERNAME").asText()).isEqualTo("attract_app");
        assertThat(config.path("ATTRACT_DATABASE_MIGRATION_USERNAME").asText()).isEqualTo("attract");
        JsonNode role = null;
        for (JsonNode r : only("Cluster", "attract-db").node().at("/spec/managed/roles")) {
            if (r.path("name").asText().equals("attract_app")) role = r;
        }
        assertThat(role).as("attract-db manages the role attract_app").isNotNull();
        assertThat(role.path("login").asBoolean()).isTrue();
        String roleSecret = role.at("/passwordSecret/name").asText();
        Doc secret = only("Secret", roleSecret);
        assertThat(secret.node().path("type").asText()).isEqualTo("kubernetes.io/basic-auth");
        assertThat(secret.node().path("stringData").has("username")
                        && secret.node().path("stringData").has("password"))
                .as("%s has username and password", roleSecret)
                .isTrue();
        String patches = kustomizations
                .get(K8S.resolve("cnpg/kustomization.yaml"))
                .path("patches")
                .toString();
        assertThat(patches).contains("ATTRACT_DATABASE_MIGRATION_PASSWORD").contains(roleSecret);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Keycloak

    @Test
    void keycloakRunsTwoInstancesOnItsOwnDatabaseClusterAtTheAppsIssuer() {
        Doc kc = only("Keycloak", "keycloak");
        JsonNode spec = kc.node().path("spec");
        assertThat(spec.path("instances").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(spec.at("/db/vendor").asText()).isEqualTo("postgres");
        String dbCluster = spec.at("/db/host").asText().replaceFirst("-rw$", "");
        assertThat(spec.at("/db/host").asText()).endsWith("-rw");
        assertThat(kind("Cluster")).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo(dbCluster);
            assertThat(c.namespace()).isEqualTo(kc.namespace());
            assertThat(c.node().at("/spec/bootstrap/initdb/database").asText())
                    .isEqualTo(spec.at("/db/database").asText());
        });
        assertThat(spec.at("/http/tlsSecret").asText()).isNotEmpty();
        String host = spec.at("/hostname/hostname").asText();
        assertThat(host).startsWith("https://");
        String issuer = only("ConfigMap", "attract-config")
                .node()
                .at("/data/QUARKUS_OIDC_AUTH_SERVER_URL")
                .asText();
        assertThat(issuer).isEqualTo(host + "/realms/attract");
    }

    @Test
    void theRealmImportIsTheRealmFileWithTheProductionChanges() throws IOException {
        Doc imp = only("KeycloakRealmImport", "attract-realm");
        assertThat(imp.node().at("/spec/keycloakCRName").asText())
                .isEqualTo(only("Keycloak", "keycloak").name());
        JsonNode realm = imp.node().at("/spec/realm");

        // what deploy/k8s/keycloak/gen-realm-import.sh does with jq
        ObjectNode expected = (ObjectNode)
                JSON.readTree(Path.of("deploy/keycloak/attract-realm.json").toFile());
        expected.remove("users");
        String app = "https://attract.example.gov.cn";
        for (JsonNode c : expected.path("clients")) {
            if (!c.path("clientId").asText().equals("attract")) continue;
            ObjectNode client = (ObjectNode) c;
            client.put("secret", "${ATTRACT_CLIENT_SECRET}");
            client.put("rootUrl", app);
            ((ArrayNode) client.putArray("redirectUris")).add(app + "/*");
            ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", app + "/*");
            ((ObjectNode) client.path("attributes"))
                    .put("backchannel.logout.url", "http://attract.attract.svc.cluster.local/logout/back-channel");
            client.put("directAccessGrantsEnabled", false);
        }
        assertThat(realm)
                .as("attract-realm-import.yaml is out of date: run deploy/k8s/keycloak/gen-realm-import.sh")
                .isEqualTo(expected);
        assertThat(realm.has("users")).as("no demo users in production").isFalse();
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean(true))
                    .as("no password grant in production: " + client.path("clientId"))
                    .isFalse();
        }
        assertThat(realm.path("browserFlow").asText())
                .as("the login asks holders of two_factor for a one-time code (ADR 0029)")
                .isEqualTo("browser two factor");
        assertThat(realm.toString()).doesNotContain("localhost").doesNotContain("change-me");

        // every ${PLACEHOLDER} of the realm is filled from a Secret (the user profile's ${username} etc. are
        // Keycloak message keys, lower case, and stay as they are)
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(realm.toString());
        Set<String> used = new TreeSet<>();
        while (m.find()) used.add(m.group(1));
        Set<String> declared = new TreeSet<>();
        imp.node().at("/spec/placeholders").fieldNames().forEachRemaining(declared::add);
        assertThat(used).isNotEmpty().isEqualTo(declared);
    }

    // ---------------------------------------------------------------------------------------------------------
    // kustomizations and the image

    @Test
    void kustomizationsListFilesThatExistAndEveryManifestIsUsed() {
        Set<Path> listed = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (var k : kustomizations.entrySet()) {
            Path dir = k.getKey().getParent();
            for (JsonNode r : k.getValue().path("resources")) {
                Path p = dir.resolve(r.asText()).normalize();
                if (Files.isDirectory(p)) {
                    if (!Files.exists(p.resolve("kustomization.yaml")))
                        problems.add(k.getKey() + ": " + p + " has no kustomization.yaml");
                } else if (!Files.isRegularFile(p)) {
                    problems.add(k.getKey() + ": " + r.asText() + " does not exist");
                }
                listed.add(p);
            }
        }
        assertThat(problems).isEmpty();
        for (Path f : files) {
            String rel = K8S.relativize(f).toString().replace('\\', '/');
            if (f.getFileName().toString().equals("kustomization.yaml") || APPLIED_BY_HAND.contains(rel)) continue;
            assertThat(listed).as("%s is in no kustomization", rel).contains(f.normalize());
        }
    }

    @Test
    void theImageJibBuildsIsTheImageTheManifestsRun() throws IOException {
        Properties props = new Properties();
        try (Reader r =
                Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        assertThat(props.getProperty("quarkus.container-image.build"))
                .as("no image on a plain package")
                .isEqualTo("false");
        String image = props.getProperty("quarkus.container-image.registry") + "/"
                + props.getProperty("quarkus.container-image.group") + "/"
                + props.getProperty("quarkus.container-image.name");
        String tag = props.getProperty("quarkus.container-image.tag");
        assertThat(props.getProperty("quarkus.jib.user")).isEqualTo("185");

        Container c = app().getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(c.getImage()).isEqualTo(image + ":" + tag);
        for (var k : kustomizations.entrySet()) {
            for (JsonNode i : k.getValue().path("images")) {
                assertThat(i.path("name").asText()).as("%s", k.getKey()).isEqualTo(image);
                assertThat(i.path("newTag").asText()).as("%s", k.getKey()).isEqualTo(tag);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static List<Doc> kind(String kind) {
        return docs.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    static Doc only(String kind, String name) {
        List<Doc> found = kind(kind).stream().filter(d -> d.name().equals(name)).toList();
        assertThat(found).as("exactly one %s/%s", kind, name).hasSize(1);
        return found.get(0);
    }
}
