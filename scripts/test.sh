#!/usr/bin/env bash
# Installs everything the tests need (system packages included) and runs them.
# Used by the README and by CI (.ci/run). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: the sandbox needs bubblewrap and strace; the sandbox and lockfile tests need Node and npm.
missing=()
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)
command -v strace >/dev/null 2>&1 || missing+=(strace)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The store and monitor tests start their own PostgreSQL (Debian's server, in a temporary data
# directory); the dashboard tests drive Debian's Chromium; monitored git projects need git.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v git >/dev/null 2>&1 || missing+=(git)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

python3 -m pip install -q -e ".[test]"
exec python3 -m pytest -n auto -q -p no:cacheprovider --timeout=600 "$@"
