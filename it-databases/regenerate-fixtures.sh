#!/usr/bin/env bash
# Runs every it-databases scenario against the private PostgreSQL and MariaDB servers and writes
# each tool's normalised output as the engine's fixture under
# engine/src/test/resources/logs/real/<tool>-<version>/<scenario>.log. Review the diff, then
# update engine/src/test/resources/logs/real/expected-findings.txt where a tool's text changed.
# Needs what the module's tests need (see README.md, "Real databases and tools").
# Extra arguments go to Maven, e.g. -Dit.databases.serverUser=NAME.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -Dskip.plugin -pl it-databases -am verify \
  -Dtest='PostgresToolRunsTest,MariaDbToolRunsTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.databases.regenerate=true -Dspotless.check.skip=true "$@" || true
git status --short engine/src/test/resources/logs/real
