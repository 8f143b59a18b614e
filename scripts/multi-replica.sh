#!/usr/bin/env bash
# Several replicas proven (issue 23): three packaged-jar replicas on one PostgreSQL behind a round-robin client
# (MultiReplicaIT), then the same through PgBouncer in transaction mode (PooledReplicasIT). Installs PgBouncer from the
# Debian package when it is missing (needs root or sudo; without it PooledReplicasIT is skipped), packages the jar,
# runs both scenarios through the reliability profile and prints their figures (also in target/reliability/*.txt;
# each jar's console in target/reliability/<replica>.log).
#
#   scripts/multi-replica.sh                          # both (about 10 minutes on a shared 2-core machine)
#   scripts/multi-replica.sh MultiReplicaIT           # one of them
#   MULTI_REPLICA_SKIP_BUILD=1 scripts/multi-replica.sh   # reuse target/quarkus-app as it is
#   MAVEN_ARGS="-o -Dreliability.pgbouncer.jdbc=" scripts/multi-replica.sh PooledReplicasIT   # without prepareThreshold=0
#
# Settings (system properties in MAVEN_ARGS): reliability.replicas (3), reliability.replicas.writers (9, the kill
# scenario), .before/.after (8 s each side of the SIGKILL), .keys (60), .couples (10), .ended and .exports (24),
# .jobs (PT4M: how long to wait for the scheduled jobs), reliability.pgbouncer (the binary), .pool (20 server
# connections), .jdbc (prepareThreshold=0), .ignore (extra_float_digits,options).
set -euo pipefail
cd "$(dirname "$0")/.."

TESTS="${1:-MultiReplicaIT,PooledReplicasIT}"
MVN=(./mvnw ${MAVEN_ARGS:-})

if ! command -v pgbouncer >/dev/null 2>&1 && [[ ! -x /usr/sbin/pgbouncer ]]; then
    SUDO=""
    if [[ "$(id -u)" != 0 ]]; then
        SUDO="sudo -n"
    fi
    echo "Installing pgbouncer (Debian package)..."
    if ! { $SUDO apt-get install -y pgbouncer || { $SUDO apt-get update && $SUDO apt-get install -y pgbouncer; }; }; then
        echo "pgbouncer could not be installed: PooledReplicasIT will be skipped" >&2
    fi
fi

if [[ -z "${MULTI_REPLICA_SKIP_BUILD:-}" ]]; then
    "${MVN[@]}" -q package -DskipTests
fi

rm -f target/reliability/multi-*.txt target/reliability/pooled-*.txt
status=0
# failsafe's goals alone: the jar is packaged above, and the reliability profile picks the scenarios.
"${MVN[@]}" -Preliability test-compile failsafe:integration-test failsafe:verify -Dit.test="$TESTS" || status=$?

for report in target/reliability/multi-*.txt target/reliability/pooled-*.txt; do
    [[ -f "$report" ]] && cat "$report"
done
exit "$status"
