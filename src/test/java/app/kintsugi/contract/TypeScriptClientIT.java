package app.kintsugi.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

import app.kintsugi.support.ExternalPostgres;
import app.kintsugi.support.Tokens;

/**
 * What a platform team does with the contract: generate a TypeScript client (openapi-generator, typescript-fetch) from
 * {@code openapi/openapi.json}, compile it with {@code strict}, and drive the core scenario
 * ({@code src/test/typescript/scenario.ts}) through it against the packaged jar, with real signed tokens.
 */
@QuarkusIntegrationTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ExternalPostgres.class)
class TypeScriptClientIT {

    private static final Path SPEC = Path.of("openapi/openapi.json").toAbsolutePath();
    /** Put there by the maven-dependency-plugin execution {@code contract-tools}. */
    private static final Path GENERATOR = Path.of("target/contract-tools/openapi-generator-cli.jar").toAbsolutePath();

    @Test
    void aGeneratedClientCompilesStrictAndDrivesTheCoreScenario() throws IOException {
        long started = System.nanoTime();
        Path work = NodeTools.install().toAbsolutePath();
        long installed = System.nanoTime();
        assertTrue(Files.isRegularFile(GENERATOR), GENERATOR + " is missing: run the build through `./mvnw verify`, "
                + "whose pre-integration-test phase copies it");

        Path generated = work.resolve("generated");
        delete(generated);
        delete(work.resolve("build"));
        NodeTools.Result generator = NodeTools.run(work, Duration.ofMinutes(3), Map.of(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", GENERATOR.toString(),
                "generate", "--generator-name", "typescript-fetch", "--input-spec", SPEC.toString(),
                "--output", generated.toString(), "--global-property", "apiDocs=false,modelDocs=false",
                "--additional-properties", "supportsES6=true");
        System.out.println(warnings(generator.output()));
        assertEquals(0, generator.exitCode(), "openapi-generator failed:\n" + generator.output());
        long generatedAt = System.nanoTime();

        NodeTools.Result compiler = NodeTools.run(work, Duration.ofMinutes(2), Map.of(),
                work.resolve("node_modules/.bin/tsc").toString(), "--project", "tsconfig.json");
        assertEquals(0, compiler.exitCode(), "the generated client and scenario.ts do not compile with strict:\n"
                + compiler.output());
        long compiled = System.nanoTime();

        NodeTools.Result scenario = NodeTools.run(work, Duration.ofMinutes(2), Map.of(
                "KINTSUGI_BASE_URL", RestAssured.baseURI + ":" + RestAssured.port,
                "KINTSUGI_TOKEN_A", token("user"),
                "KINTSUGI_TOKEN_B", token("user"),
                "KINTSUGI_TOKEN_COUNSELOR", token("counselor")),
                "node", "build/scenario.js");
        long ran = System.nanoTime();
        System.out.printf("TypeScript scenario against the packaged jar (npm %.1f s, generate %.1f s, compile %.1f s,"
                + " run %.1f s):%n%s%n", seconds(started, installed), seconds(installed, generatedAt),
                seconds(generatedAt, compiled), seconds(compiled, ran), scenario.output());
        assertEquals(0, scenario.exitCode(), "the scenario failed:\n" + scenario.output());
        assertTrue(scenario.output().contains("scenario complete"), scenario.output());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** A fresh person; the scenario needs a few seconds, the token lasts fifteen minutes. */
    private static String token(String role) {
        return Tokens.sign(Tokens.claims("ts-client-" + UUID.randomUUID(), role).expiresIn(900));
    }

    /** The generator's warnings, counted by kind, instead of its whole log. */
    private static String warnings(String log) {
        Map<String, Long> counts = log.lines().filter(line -> line.contains("WARN"))
                .map(line -> line.replaceFirst(".*WARN\\s+", "").replaceFirst("#/components/schemas/\\S+", "#/..."))
                .collect(Collectors.groupingBy(line -> line, TreeMap::new, Collectors.counting()));
        StringBuilder summary = new StringBuilder("openapi-generator warnings (typescript-fetch):\n");
        counts.forEach((warning, count) -> summary.append(String.format("  %4d  %s%n", count, warning)));
        return summary.toString();
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
