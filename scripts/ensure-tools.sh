#!/usr/bin/env bash
# Installs what the local services and the tests need, once: the npm packages pinned in
# package-lock.json (Azurite, maildev) and, with --browser, Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "error: Node.js 20+ and npm are needed (for Azurite and maildev)." >&2
  exit 1
fi

# npm leaves its own copy of the lock file in node_modules; when that is newer, nothing changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm ci (Azurite, maildev)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Debian's chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: /usr/bin/chromium is missing; run 'sudo apt-get install chromium' once." >&2
    exit 1
  fi
fi
