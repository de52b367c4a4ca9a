#!/usr/bin/env bash
# Usage: e2e/with-code-server.sh EXTENSION.vsix COMMAND [ARG...]
# Installs the .vsix into a throwaway code-server profile, starts code-server on loopback,
# runs COMMAND with E2E_URL, E2E_SCRATCH and E2E_CODE_SERVER_LOG set, and always stops
# code-server (and COMMAND's browser) afterwards, whatever happens.
# E2E_WORKSPACE_TRUST=1 turns workspace trust on: folders open untrusted, in Restricted Mode.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=e2e/env.sh
source "$root/e2e/env.sh"
forget_outer_npm

vsix="$1"; shift
log() { printf '[e2e] %s\n' "$*"; }

scratch="$(mktemp -d "${TMPDIR:-/tmp}/boussole-e2e.XXXXXX")"
server_pgid=""
command_pgid=""

stop_group() {
  local pgid="$1"
  [ -n "$pgid" ] || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for _ in $(seq 50); do
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  stop_group "$command_pgid"
  stop_group "$server_pgid"
  [ -f "$scratch/code-server.log" ] && mkdir -p "$E2E_ARTIFACTS" && cp "$scratch/code-server.log" "$E2E_ARTIFACTS/"
  rm -rf "$scratch"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Everything code-server and Chromium write goes to the scratch folder, never the home folder.
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
user_data="$scratch/user-data"
extensions="$scratch/extensions"
mkdir -p "$user_data/User" "$extensions" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
cp "$root/e2e/user-settings.json" "$user_data/User/settings.json"
trust_flags=(--disable-workspace-trust)
if [ "${E2E_WORKSPACE_TRUST:-}" = 1 ]; then
  trust_flags=()
  # Trust on, and no prompt: every folder opens untrusted.
  node -e '
    const fs = require("fs"), file = process.argv[1], settings = JSON.parse(fs.readFileSync(file, "utf8"));
    Object.assign(settings, { "security.workspace.trust.enabled": true, "security.workspace.trust.startupPrompt": "never" });
    fs.writeFileSync(file, JSON.stringify(settings, null, 2));
  ' "$user_data/User/settings.json"
fi

code_server() {
  PATH="$E2E_NODE_BIN:$PATH" "$E2E_CODE_SERVER" --user-data-dir "$user_data" --extensions-dir "$extensions" "$@"
}

log "installing $(basename "$vsix") into a fresh profile"
code_server --install-extension "$vsix" >"$scratch/install.log" 2>&1 || { cat "$scratch/install.log"; exit 1; }

port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
url="http://127.0.0.1:$port"

# setsid gives code-server its own process group, so stopping the group stops all its children.
setsid bash -c 'exec "$@"' code-server \
  env PATH="$E2E_NODE_BIN:$PATH" "$E2E_CODE_SERVER" \
  --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  ${trust_flags[@]+"${trust_flags[@]}"} --reconnection-grace-time 5 \
  --user-data-dir "$user_data" --extensions-dir "$extensions" \
  >"$scratch/code-server.log" 2>&1 </dev/null &
server_pgid=$!

log "waiting for code-server on $url"
for _ in $(seq 600); do
  curl -fsS "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pgid" 2>/dev/null || { cat "$scratch/code-server.log"; log "code-server exited"; exit 1; }
  sleep 0.1
done
curl -fsS "$url/healthz" >/dev/null || { log "code-server did not answer /healthz in 60 s"; exit 1; }

# The command gets its own group too, so a browser it leaves behind is stopped with it.
set +e
E2E_URL="$url" E2E_SCRATCH="$scratch" E2E_CODE_SERVER_LOG="$scratch/code-server.log" \
  E2E_ARTIFACTS="$E2E_ARTIFACTS" setsid "$@" </dev/null &
command_pgid=$!
wait "$command_pgid"
status=$?
set -e
exit "$status"
