#!/usr/bin/env bash
# The start-time benchmark (docs/operations.md#start-time): java -jar to the first authenticated 200 on JDK 17 and
# JDK 25, with and without AppCDS / the AOT cache, Flyway migrating or validating at start; then the resident memory
# after load. Self-contained: it packages the jar, starts its own PostgreSQL (zonky's binaries, from the test class
# path) and a token issuer in the driver's JVM, and makes the CDS archive and AOT cache by training runs.
#
#   scripts/start-time.sh                       # everything (about 10 minutes on a quiet 2-core machine)
#   scripts/start-time.sh -Dstart.runs=9        # more warm launches per row
#   scripts/start-time.sh -Dstart.modes=17,25-aot -Dstart.load=PT5S
#   START_TIME_SKIP_BUILD=1 scripts/start-time.sh   # reuse target/ as it is
#
# Settings: JDK25 (default /usr/lib/jvm/temurin-25-jdk-amd64), MAVEN_ARGS (e.g. -o). Figures: target/start-time/.
set -euo pipefail
cd "$(dirname "$0")/.."

JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT=target/start-time
MVN=(./mvnw -q ${MAVEN_ARGS:-})

if [[ -z "${START_TIME_SKIP_BUILD:-}" ]]; then
  # The same application packaged as aot-jar (class loading left to the JDK's loaders, which the AOT cache needs),
  # beside, not instead of, target/quarkus-app.
  "${MVN[@]}" package -DskipTests -Dquarkus.package.jar.type=aot-jar \
    -Dquarkus.package.output-directory="$PWD/$OUT/aot-jar"
  # The production artifact (fast-jar) and the test classes the driver lives in; last, so that
  # target/quarkus-artifact.properties names it for the packaged-jar tests.
  "${MVN[@]}" package -DskipTests
  "${MVN[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$OUT/classpath.txt"
  # The launches use a copy, so that a build running meanwhile (./mvnw verify) cannot change the jar under them.
  rm -rf "$OUT/fast-jar" "$OUT/test-classes"
  cp -r target/quarkus-app "$OUT/fast-jar" && cp -r target/test-classes "$OUT/test-classes"
fi

if [[ ! -x "$JDK25/bin/java" ]]; then
  echo "no JDK 25 at $JDK25 (set JDK25=...); running the JDK 17 rows only" >&2
  set -- -Dstart.modes=17,17-cds "$@"
fi

exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "$OUT/test-classes:$(cat "$OUT/classpath.txt")" \
  -Dstart.jdk25="$JDK25" -Dstart.app="$OUT/fast-jar" -Dstart.aot-app="$OUT/aot-jar" "$@" \
  app.kintsugi.bench.start.StartTime
