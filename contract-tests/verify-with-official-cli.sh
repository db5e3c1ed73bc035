#!/usr/bin/env bash
# Manual check, not part of `mvn verify`: verifies the pacts in target/pacts with the official Pact
# verifier (pact_verifier_cli from the npm package @pact-foundation/pact-cli) against SpecStub, the
# provider that answers only from the effective specs, using its state-change URL for the states.
#
#   mvn -B verify                                # from the root: writes target/pacts and compiles the stub
#   contract-tests/verify-with-official-cli.sh   # add -Dmaven.repo.local=... via MAVEN_ARGS if you use one
#
# Needs node/npm (the first run installs the CLI into target/pact-cli) and Java 17.
set -euo pipefail
export PACT_DO_NOT_TRACK=true
cd "$(dirname "$0")"

CLI_VERSION=18.1.2
if [[ ! -x target/pact-cli/node_modules/.bin/pact-verifier ]]; then
  npm install --silent --no-audit --no-fund --prefix target/pact-cli "@pact-foundation/pact-cli@${CLI_VERSION}"
fi
VERIFIER=target/pact-cli/node_modules/.bin/pact-verifier

# shellcheck disable=SC2086
mvn -B -q ${MAVEN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/stub.classpath
CLASSPATH="target/test-classes:target/classes:$(cat target/stub.classpath)"

status=0
for provider in truedy vida; do
  pact="target/pacts/telewire-${provider}-api.json"
  spec="../generated-client/target/effective-spec/${provider}.yaml"
  log="target/stub-${provider}.log"
  java -cp "$CLASSPATH" dev.telewire.contracts.SpecStubMain "${provider}-api" "$spec" > "$log" 2>&1 &
  stub=$!
  for _ in $(seq 1 100); do
    grep -q '^port=' "$log" 2>/dev/null && break
    sleep 0.1
  done
  port=$(sed -n 's/^port=//p' "$log")
  if [[ -z "$port" ]]; then
    echo "The ${provider} stub did not start; see $log" >&2
    kill "$stub" 2>/dev/null || true
    exit 1
  fi
  echo "== ${provider}-api: ${pact} against the spec stub on 127.0.0.1:${port}"
  if ! "$VERIFIER" --file "$pact" --hostname 127.0.0.1 --port "$port" \
      --state-change-url "http://127.0.0.1:${port}/_pact/state" --no-colour; then
    status=1
  fi
  kill "$stub" 2>/dev/null || true
  wait "$stub" 2>/dev/null || true
done
exit "$status"
