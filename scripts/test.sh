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
# The sandbox's unprivileged-user tests run the system Python in a venv.
/usr/bin/python3 -c "import ensurepip" >/dev/null 2>&1 || missing+=(python3-venv)
# The store and monitor tests start their own PostgreSQL (Debian's server, in a temporary data
# directory); the dashboard tests drive Debian's Chromium; monitored git projects need git.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v git >/dev/null 2>&1 || missing+=(git)
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

# Package managers for the install firewall's tests (tests/firewall): yarn v1, yarn berry, pnpm and bun
# from the npm registry, pinned, in one directory outside the clone (reused by later runs).
pm_dir="${NPMWARD_PM_DIR:-$HOME/.cache/npmward-pm}"
pm_want="yarn@1.22.22 yarn-berry@npm:@yarnpkg/cli-dist@4.18.1 pnpm@10.34.9 bun@1.4.5"
if [ "$(cat "$pm_dir/.installed" 2>/dev/null)" != "$pm_want" ]; then
  mkdir -p "$pm_dir" && echo '{"private":true}' > "$pm_dir/package.json"
  # bun's binary comes as its platform's optional dependency; no install script is needed or run.
  # bun 1.4 writes bun.lock lockfileVersion 2 (npmward reads 0-2). A changed pin reinstalls this directory.
  npm install --prefix "$pm_dir" --ignore-scripts --no-audit --no-fund --silent $pm_want
  echo "$pm_want" > "$pm_dir/.installed"
fi
export NPMWARD_PM_DIR="$pm_dir"

python3 -m pip install -q -e ".[test]"
# Lint first (pyflakes, pycodestyle, import order, complexity, bugbear; pyproject.toml says which):
# a finding fails the run like a failing test.
python3 -m ruff check src tests bench
exec python3 -m pytest -n auto -q -p no:cacheprovider --timeout=600 "$@"
