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
if [ ${#missing[@]} -gt 0 ]; then
  # Installing system packages needs root (or sudo); apt-retry.sh waits while another apt holds the lock.
  if [ "$(id -u)" -eq 0 ]; then sudo=""
  elif command -v sudo >/dev/null 2>&1; then sudo="sudo"
  else
    echo "scripts/test.sh: ${missing[*]} must be installed, which needs root or sudo (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  $sudo ./scripts/apt-retry.sh update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive ./scripts/apt-retry.sh install -y -qq "${missing[@]}"
fi

python3 -m pip install -q -e ".[test]"
exec python3 -m pytest -n auto -q -p no:cacheprovider --timeout=600 "$@"
