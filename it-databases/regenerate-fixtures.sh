#!/usr/bin/env bash
# Runs every it-databases scenario against the private PostgreSQL and MariaDB servers and writes
# each tool's normalised output as the engine's fixture under
# engine/src/test/resources/logs/real/<tool>-<version>/<scenario>.log. Review the diff, then
# update engine/src/test/resources/logs/real/expected-findings.txt where a tool's text changed.
# The plugin's copies of some fixtures are refreshed too.
# Needs what the module's tests need (see README.md, "Real databases and tools").
# Extra arguments go to Maven, e.g. -Dit.databases.serverUser=NAME.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -Dskip.plugin -pl it-databases -am verify \
  -Dtest='PostgresToolRunsTest,MariaDbToolRunsTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.databases.regenerate=true -Dspotless.check.skip=true "$@" || true
# The plugin's tests read copies of some of these (its test class path has no engine test
# resources); RealFixturesTest fails when a copy differs, so refresh the copies with the rest.
plugin_copies=plugin/src/test/resources/io/jenkins/plugins/deploygate/capture/real
(cd "$plugin_copies" && find . -name '*.log' -print0) | while IFS= read -r -d '' copy; do
  cp "engine/src/test/resources/logs/real/$copy" "$plugin_copies/$copy"
done
git status --short engine/src/test/resources/logs/real "$plugin_copies"
