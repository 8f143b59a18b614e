package app.kintsugi.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.kintsugi.platform.security.Roles;

/**
 * CI gate for deploy/kubernetes (docs/deployment.md): every overlay is rendered (Kustomize's subset in
 * {@link Kustomize}; compared with {@code kubectl kustomize} where that binary is installed) and every document is
 * validated strictly ({@link ManifestChecks}), then held to the deployment policy: pinned images, requests and limits,
 * non-root read-only containers, probes on the management port at the health paths the application serves, a grace
 * period that covers the preStop pause and the shutdown timeout, the migration Job, the pooler settings and the realm's
 * roles. Plain JUnit: no application starts.
 */
class ManifestValidationTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Pattern DEFAULT = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)}");

    static List<Path> kustomizations() throws IOException {
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            return files.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).map(Path::getParent)
                    .sorted().toList();
        }
    }

    static List<Path> overlays() throws IOException {
        return kustomizations().stream().filter(p -> p.getParent().getFileName().toString().equals("overlays"))
                .toList();
    }

    @Test
    void theOldSingleFileIsGoneAndBothOverlaysExist() throws IOException {
        assertFalse(Files.exists(KUBERNETES.resolve("kintsugi-api.yaml")));
        assertEquals(List.of("dev", "prod"), overlays().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void everyManifestFileBelongsToAKustomization() throws IOException {
        Set<Path> listed = new TreeSet<>();
        for (Path dir : kustomizations()) {
            for (JsonNode resource : Kustomize.read(dir.resolve("kustomization.yaml")).get(0).path("resources")) {
                listed.add(dir.resolve(resource.asText()).normalize());
            }
            for (JsonNode patch : Kustomize.read(dir.resolve("kustomization.yaml")).get(0).path("patches")) {
                if (patch.has("path")) {
                    listed.add(dir.resolve(patch.get("path").asText()).normalize());
                }
            }
        }
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            List<Path> orphans = files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .map(Path::normalize).filter(p -> !listed.contains(p)).toList();
            assertEquals(List.of(), orphans, "YAML files no kustomization lists (so nothing validates them)");
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyDocumentIsValidAgainstItsApiSchema(Path dir) {
        List<ObjectNode> docs = Kustomize.render(dir);
        assertFalse(docs.isEmpty());
        List<String> problems = docs.stream().flatMap(d -> ManifestChecks.validate(d).stream()).toList();
        assertEquals(List.of(), problems, dir.toString());
        Set<String> keys = new TreeSet<>();
        for (ObjectNode doc : docs) {
            assertTrue(keys.add(key(doc)), "twice: " + key(doc));
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyImageIsPinned(Path dir) {
        List<String> problems = new ArrayList<>();
        Kustomize.render(dir).forEach(doc -> imagePolicy(doc, key(doc), problems));
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerIsLimitedNonRootReadOnlyAndProbed(Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        for (ObjectNode doc : Kustomize.render(dir)) {
            podPolicy(doc, problems);
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGracePeriodCoversThePreStopPauseAndTheShutdownTimeout(Path dir) throws IOException {
        List<ObjectNode> docs = Kustomize.render(dir);
        JsonNode pod = find(docs, "Deployment", "kintsugi-api").path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        List<String> preStop = new ArrayList<>();
        container.path("lifecycle").path("preStop").path("exec").path("command").forEach(c -> preStop.add(c.asText()));
        assertEquals("sleep", preStop.get(0));
        long pause = Long.parseLong(preStop.get(1));
        String configured = find(docs, "ConfigMap", "kintsugi-api").path("data").path("KINTSUGI_SHUTDOWN_TIMEOUT")
                .asText(defaultOf("%prod.quarkus.shutdown.timeout"));
        long shutdown = seconds(configured);
        long grace = pod.path("terminationGracePeriodSeconds").asLong();
        assertTrue(grace >= pause + shutdown + 1, "grace " + grace + " s < preStop " + pause + " s + shutdown "
                + shutdown + " s + margin");
        assertTrue(grace <= pause + shutdown + 15, "grace " + grace + " s far beyond what the shutdown needs");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void replicasValidateOnlyAndTheJobMigrates(Path dir) {
        List<ObjectNode> docs = Kustomize.render(dir);
        JsonNode config = find(docs, "ConfigMap", "kintsugi-api").path("data");
        assertEquals("false", config.path("KINTSUGI_MIGRATE_AT_START").asText());
        JsonNode job = find(docs, "Job", "kintsugi-api-migrate").path("spec").path("template").path("spec");
        JsonNode migrate = job.path("containers").get(0);
        Map<String, String> env = new TreeMap<>();
        migrate.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        assertEquals("true", env.get("QUARKUS_INIT_AND_EXIT"));
        assertEquals("true", env.get("KINTSUGI_MIGRATE_AT_START"));
        assertTrue(env.get("QUARKUS_DATASOURCE_JDBC_URL").contains("//kintsugi-db-rw:"),
                "the Job migrates on the primary directly, not through the transaction pooler");
        JsonNode api = find(docs, "Deployment", "kintsugi-api").path("spec").path("template").path("spec")
                .path("containers").get(0);
        assertEquals(api.path("image"), migrate.path("image"), "the Job runs the replicas' image");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theApiGoesThroughATransactionPoolerWithoutNamedPreparedStatements(Path dir) {
        List<ObjectNode> docs = Kustomize.render(dir);
        String url = find(docs, "ConfigMap", "kintsugi-api").path("data").path("QUARKUS_DATASOURCE_JDBC_URL").asText();
        assertTrue(url.startsWith("jdbc:postgresql://kintsugi-db-pooler-rw:5432/"), url);
        assertTrue(url.contains("prepareThreshold=0"), url);
        JsonNode pooler = find(docs, "Pooler", "kintsugi-db-pooler-rw").path("spec");
        assertEquals("transaction", pooler.path("pgbouncer").path("poolMode").asText());
        assertEquals("rw", pooler.path("type").asText());
        assertTrue(pooler.path("pgbouncer").path("parameters").path("ignore_startup_parameters").asText()
                .contains("options"), "the driver's statement_timeout option would be refused at login");
        JsonNode cluster = find(docs, "Cluster", "kintsugi-db").path("spec");
        assertTrue(cluster.path("bootstrap").path("initdb").path("postInitApplicationSQL").toString()
                .contains("statement_timeout"), "the statement timeout is set on the role");
        assertTrue(cluster.path("postgresql").path("synchronous").path("number").asInt() >= 1);
        assertTrue(cluster.path("backup").path("barmanObjectStore").path("destinationPath").asText()
                .contains("REPLACE-ME"), "the bucket is a placeholder");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void selectorsAndReferencesMeetTheirTargets(Path dir) {
        List<ObjectNode> docs = Kustomize.render(dir);
        JsonNode deployment = find(docs, "Deployment", "kintsugi-api");
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        for (String kind : List.of("Service", "PodDisruptionBudget", "NetworkPolicy")) {
            JsonNode spec = find(docs, kind, "kintsugi-api").path("spec");
            JsonNode selector = kind.equals("Service")
                    ? spec.path("selector")
                    : kind.equals("NetworkPolicy")
                            ? spec.path("podSelector").path("matchLabels")
                            : spec.path("selector").path("matchLabels");
            selector.fields().forEachRemaining(e -> assertEquals(e.getValue(), labels.path(e.getKey()), kind));
        }
        JsonNode hpa = find(docs, "HorizontalPodAutoscaler", "kintsugi-api").path("spec");
        assertEquals("kintsugi-api", hpa.path("scaleTargetRef").path("name").asText());
        assertTrue(hpa.path("minReplicas").asInt() <= deployment.path("spec").path("replicas").asInt());
        assertTrue(hpa.path("minReplicas").asInt() <= hpa.path("maxReplicas").asInt());
        String namespace = deployment.path("metadata").path("namespace").asText();
        assertFalse(namespace.isEmpty());
        docs.forEach(d -> assertEquals(namespace, d.path("metadata").path("namespace").asText(), key(d)));
        // Ingress to the API port only; the management port is never a Service port or an ingress rule.
        JsonNode policy = find(docs, "NetworkPolicy", "kintsugi-api").path("spec");
        assertEquals("[8080]", policy.path("ingress").findValues("port").toString());
        assertEquals("http", find(docs, "Service", "kintsugi-api").path("spec").path("ports").get(0)
                .path("targetPort").asText());
        assertEquals("kintsugi-keycloak", find(docs, "KeycloakRealmImport", "kintsugi-realm").path("spec")
                .path("keycloakCRName").asText());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlaysHoldNoSecretsSoApplyingOneNeverOverwritesKeys(Path dir) {
        assertEquals(List.of(), Kustomize.render(dir).stream().filter(d -> d.path("kind").asText().equals("Secret"))
                .map(ManifestValidationTest::key).toList());
    }

    @Test
    void theSecretExamplesHoldOnlyMarkedPlaceholders() {
        List<ObjectNode> secrets = Kustomize.render(KUBERNETES.resolve("secrets"));
        assertEquals(Set.of("kintsugi-api", "kintsugi-db-backup", "kintsugi-keycloak-clients"),
                secrets.stream().map(s -> s.path("metadata").path("name").asText()).collect(Collectors.toSet()));
        for (ObjectNode secret : secrets) {
            assertFalse(secret.has("data"), "placeholders go in stringData");
            secret.path("stringData").fields().forEachRemaining(e -> {
                if (!e.getKey().equals("KINTSUGI_CRYPTO_ACTIVE_MASTER_KEY")) {
                    assertEquals("REPLACE-ME", e.getValue().asText(), e.getKey());
                }
            });
        }
    }

    @Test
    void theRealmHoldsExactlyTheRolesOfTheApi() throws IllegalAccessException, IOException {
        Set<String> roles = new TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                roles.add((String) field.get(null));
            }
        }
        assertEquals(Set.of("user", "counselor", "admin", "service"), roles);
        for (Path dir : overlays()) {
            JsonNode realm = find(Kustomize.render(dir), "KeycloakRealmImport", "kintsugi-realm").path("spec")
                    .path("realm");
            Set<String> inRealm = new TreeSet<>(realm.path("roles").path("realm").findValuesAsText("name"));
            assertEquals(roles, inRealm, dir.toString());
            Set<String> audienceMappers = new TreeSet<>();
            realm.path("clients").forEach(c -> c.path("protocolMappers").forEach(m -> {
                if (m.path("config").path("included.client.audience").asText().equals("kintsugi-api")) {
                    audienceMappers.add(c.path("clientId").asText());
                }
            }));
            assertEquals(Set.of("kintsugi-app", "kintsugi-platform"), audienceMappers,
                    "tokens of both issuing clients carry the API's audience");
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void theRenderingAgreesWithKubectlKustomizeWhereInstalled(Path dir) throws IOException, InterruptedException {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(p -> Path.of(p, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(kubectl != null, "no kubectl on PATH: the renderer is checked by the other tests only");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        Assumptions.assumeTrue(process.exitValue() == 0, "kubectl kustomize failed to run here");
        Path rendered = Files.createTempFile("kustomize", ".yaml");
        try {
            Files.write(rendered, out);
            assertEquals(byKey(Kustomize.read(rendered)), byKey(Kustomize.render(dir)));
        } finally {
            Files.delete(rendered);
        }
    }

    // --- The checks catch what they claim to: broken copies of real manifests ------------------------------------

    @Test
    void aMisspelledFieldInABuiltInKindFails() throws IOException {
        ObjectNode deployment = copy("Deployment", "kintsugi-api");
        ObjectNode probe = (ObjectNode) deployment.at("/spec/template/spec/containers/0/livenessProbe");
        probe.set("periodSecond", probe.remove("periodSeconds"));
        List<String> problems = ManifestChecks.validate(deployment);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("livenessProbe.periodSecond"), problems.toString());
    }

    @Test
    void aNumberWrittenAsTextInABuiltInKindFails() throws IOException {
        ObjectNode deployment = copy("Deployment", "kintsugi-api");
        deployment.with("spec").put("replicas", "2");
        assertFalse(ManifestChecks.validate(deployment).isEmpty());
    }

    @Test
    void aBadQuantityFails() throws IOException {
        ObjectNode deployment = copy("Deployment", "kintsugi-api");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0/resources/limits")).put("memory", "512MB!");
        assertFalse(ManifestChecks.validate(deployment).isEmpty());
    }

    @Test
    void aMisspelledFieldInACustomResourceFails() throws IOException {
        ObjectNode cluster = copy("Cluster", "kintsugi-db");
        cluster.with("spec").set("instance", cluster.with("spec").remove("instances"));
        List<String> problems = ManifestChecks.validate(cluster);
        assertTrue(problems.stream().anyMatch(p -> p.contains("instance")), problems.toString());
        ObjectNode realm = copy("KeycloakRealmImport", "kintsugi-realm");
        ((ObjectNode) realm.at("/spec/realm/clients/1")).put("publicClients", true);
        assertFalse(ManifestChecks.validate(realm).isEmpty());
        // CloudNativePG admits only its allowlist of PgBouncer settings; pool_mode is the operator's own.
        ObjectNode pooler = copy("Pooler", "kintsugi-db-pooler-rw");
        ((ObjectNode) pooler.at("/spec/pgbouncer/parameters")).put("pool_mode", "session");
        assertFalse(ManifestChecks.validate(pooler).isEmpty());
    }

    @Test
    void aKindWithoutSchemaFails() throws IOException {
        ObjectNode cluster = copy("Cluster", "kintsugi-db");
        cluster.put("apiVersion", "postgresql.cnpg.io/v2");
        assertTrue(ManifestChecks.validate(cluster).get(0).contains("no schema"));
    }

    @Test
    void aLatestOrMissingTagFails() throws IOException {
        for (String image : List.of("registry.example.org/kintsugi/kintsugi-api:latest",
                "registry.example.org/kintsugi/kintsugi-api", "registry.example.org:5000/kintsugi-api")) {
            ObjectNode deployment = copy("Deployment", "kintsugi-api");
            ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("image", image);
            List<String> problems = new ArrayList<>();
            imagePolicy(deployment, "Deployment", problems);
            assertEquals(1, problems.size(), image);
        }
    }

    @Test
    void aContainerWithoutLimitsProbesOrReadOnlyRootFails() throws IOException {
        ObjectNode deployment = copy("Deployment", "kintsugi-api");
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.with("resources").remove("limits");
        container.remove("readinessProbe");
        container.with("securityContext").put("readOnlyRootFilesystem", false);
        List<String> problems = new ArrayList<>();
        podPolicy(deployment, problems);
        assertEquals(4, problems.size(), problems.toString()); // limits.cpu, limits.memory, read-only root, readiness
    }

    @Test
    void aFieldOutsideTheKustomizeSubsetIsRefused() throws IOException {
        Path dir = Files.createTempDirectory("kustomization");
        try {
            Files.writeString(dir.resolve("kustomization.yaml"), """
                    apiVersion: kustomize.config.k8s.io/v1beta1
                    kind: Kustomization
                    commonLabels:
                      a: b
                    """);
            assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir));
        } finally {
            Files.delete(dir.resolve("kustomization.yaml"));
            Files.delete(dir);
        }
    }

    // --- Policy ------------------------------------------------------------------------------------------------------

    /** Every image reference anywhere (containers, CloudNativePG imageName, Keycloak image): a tag, never latest. */
    private static void imagePolicy(JsonNode node, String where, List<String> problems) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                if ((e.getKey().equals("image") || e.getKey().equals("imageName")) && e.getValue().isTextual()) {
                    String image = e.getValue().asText();
                    String last = image.substring(image.lastIndexOf('/') + 1);
                    int colon = last.indexOf(':');
                    if (image.contains("@sha256:")) {
                        return;
                    }
                    if (colon < 0) {
                        problems.add(where + ": image without a tag: " + image);
                    } else if (last.substring(colon + 1).equals("latest")) {
                        problems.add(where + ": image tagged latest: " + image);
                    }
                } else {
                    imagePolicy(e.getValue(), where, problems);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> imagePolicy(child, where, problems));
        }
    }

    /** The containers of our own workloads (Deployment, Job). */
    private static void podPolicy(ObjectNode doc, List<String> problems) throws IOException {
        String kind = doc.path("kind").asText();
        if (!kind.equals("Deployment") && !kind.equals("Job")) {
            return;
        }
        String where = key(doc);
        JsonNode pod = doc.path("spec").path("template").path("spec");
        boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        Set<String> tmpVolumes = new TreeSet<>();
        pod.path("volumes").forEach(v -> {
            if (v.has("emptyDir")) {
                tmpVolumes.add(v.path("name").asText());
            }
        });
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        for (JsonNode c : containers) {
            String at = where + " container " + c.path("name").asText();
            JsonNode resources = c.path("resources");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (!resources.path(bound).has(resource)) {
                        problems.add(at + ": no " + bound + "." + resource);
                    }
                }
            }
            JsonNode security = c.path("securityContext");
            if (!security.path("runAsNonRoot").asBoolean(podNonRoot)) {
                problems.add(at + ": not runAsNonRoot");
            }
            if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(at + ": root filesystem not read-only");
            } else if (c.path("volumeMounts").findValues("mountPath").stream().noneMatch(m -> m.asText()
                    .equals("/tmp"))
                    || c.path("volumeMounts").findValuesAsText("name").stream().noneMatch(tmpVolumes::contains)) {
                problems.add(at + ": read-only root without an emptyDir at /tmp");
            }
            if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(at + ": privilege escalation allowed");
            }
            if (kind.equals("Deployment")) {
                probePolicy(c, at, problems);
            }
        }
    }

    /** Liveness and readiness (and startup) on the management port, at the paths SmallRye Health serves there. */
    private static void probePolicy(JsonNode c, String at, List<String> problems) throws IOException {
        Properties properties = properties();
        for (String key : List.of("quarkus.http.non-application-root-path", "quarkus.smallrye-health.root-path",
                "quarkus.smallrye-health.liveness-path", "quarkus.smallrye-health.readiness-path",
                "quarkus.management.root-path")) {
            assertFalse(properties.containsKey(key), key + " moved the health paths: update this test");
        }
        int management = Integer.parseInt(defaultOf("quarkus.management.port"));
        Map<String, Integer> ports = new TreeMap<>();
        c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        Map<String, String> paths = Map.of("livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready",
                "startupProbe", "/q/health/started");
        for (Map.Entry<String, String> probe : new TreeMap<>(paths).entrySet()) {
            JsonNode get = c.path(probe.getKey()).path("httpGet");
            if (get.isMissingNode()) {
                problems.add(at + ": no " + probe.getKey());
                continue;
            }
            JsonNode port = get.path("port");
            int number = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
            if (number != management) {
                problems.add(at + ": " + probe.getKey() + " not on the management port " + management);
            }
            if (!get.path("path").asText().equals(probe.getValue())) {
                problems.add(at + ": " + probe.getKey() + " path " + get.path("path").asText() + ", not "
                        + probe.getValue());
            }
        }
    }

    // --- Helpers -----------------------------------------------------------------------------------------------------

    private static ObjectNode copy(String kind, String name) throws IOException {
        return find(Kustomize.render(KUBERNETES.resolve("overlays/prod")), kind, name).deepCopy();
    }

    private static ObjectNode find(List<ObjectNode> docs, String kind, String name) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)
                && d.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    private static String key(JsonNode doc) {
        return doc.path("apiVersion").asText() + "/" + doc.path("kind").asText() + " "
                + doc.path("metadata").path("namespace").asText() + "/" + doc.path("metadata").path("name").asText();
    }

    private static Map<String, JsonNode> byKey(List<ObjectNode> docs) {
        Map<String, JsonNode> map = new TreeMap<>();
        docs.forEach(d -> map.put(key(d), d));
        return map;
    }

    private static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(PROPERTIES)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The default of a {@code ${VARIABLE:default}} setting in application.properties. */
    private static String defaultOf(String key) {
        try {
            String value = properties().getProperty(key);
            Matcher m = DEFAULT.matcher(value == null ? "" : value);
            if (!m.matches()) {
                throw new AssertionError(key + " is not ${VARIABLE:default} in " + PROPERTIES + ": " + value);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long seconds(String duration) {
        String d = duration.trim().toLowerCase();
        if (d.startsWith("p")) {
            return Duration.parse(d.toUpperCase()).toSeconds();
        }
        if (d.endsWith("ms")) {
            return Long.parseLong(d.substring(0, d.length() - 2)) / 1000;
        }
        long n = Long.parseLong(d.substring(0, d.length() - 1));
        return switch (d.charAt(d.length() - 1)) {
            case 's' -> n;
            case 'm' -> n * 60;
            case 'h' -> n * 3600;
            default -> throw new AssertionError("duration " + duration + " (" + Arrays.toString(d.toCharArray()) + ")");
        };
    }
}
