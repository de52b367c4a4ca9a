#!/usr/bin/env bash
# npm run test:e2e [SCENARIO_FILE...]: installs the tooling if missing, packages the extension as users get it,
# then runs the scenarios in a real VS Code (code-server) driven by headless Chromium.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=e2e/env.sh
source "$root/e2e/env.sh"

started=$SECONDS
bash e2e/setup.sh

rm -rf "$E2E_ARTIFACTS"
mkdir -p "$E2E_ARTIFACTS"

# E2E_VSIX tests an existing package (a release candidate, say) instead of packaging the sources.
if [ -n "${E2E_VSIX:-}" ]; then
  vsix="$(realpath "$E2E_VSIX")"
  npm run --silent build # the scenarios' own checks read dist/server.js
else
  vsix="$E2E_CACHE/boussole-under-test.vsix"
  echo "[e2e] building and packaging the extension"
  npm run --silent build
  npm run --silent package -- --out "$vsix" >"$E2E_ARTIFACTS/package.log" 2>&1 || { cat "$E2E_ARTIFACTS/package.log"; exit 1; }
fi

# Arguments pick scenario files; by default all of them run. Those under e2e/restricted/ run in
# a code-server with workspace trust on, where the folder is untrusted (Restricted Mode).
if [ $# -gt 0 ]; then picked=("$@"); else picked=(e2e/scenarios/*.test.mjs e2e/restricted/*.test.mjs); fi
scenarios=(); restricted=()
for file in "${picked[@]}"; do
  case "$file" in *restricted/*) restricted+=("$file") ;; *) scenarios+=("$file") ;; esac
done

run_scenarios() {
  bash e2e/with-code-server.sh "$vsix" \
    node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=./e2e/harness/summary-reporter.mjs --test-reporter-destination=stdout \
    "$@"
}

status=0
if [ ${#scenarios[@]} -gt 0 ]; then run_scenarios "${scenarios[@]}" || status=$?; fi
if [ ${#restricted[@]} -gt 0 ]; then
  echo "[e2e] Restricted Mode: workspace trust on, folder untrusted"
  E2E_WORKSPACE_TRUST=1 run_scenarios "${restricted[@]}" || status=1
fi

# The README's Neovim configuration, in Debian's Neovim, when every scenario runs.
if [ $# -eq 0 ]; then
  echo "[e2e] Neovim: the README's configuration"
  node e2e/neovim/check.mjs || status=1
fi

echo "[e2e] done in $((SECONDS - started)) s; screenshots and logs in ${E2E_ARTIFACTS#"$root"/}/"
exit "$status"
