#!/usr/bin/env bash
# apt-get "$@", waiting for the package manager's lock instead of failing.
#
# On a fresh machine another apt process (unattended-upgrades, cloud-init, a parallel job) often
# holds the dpkg or apt lists lock for minutes, and apt-get then exits 100 at once. apt-get waits
# for the dpkg lock by itself with DPkg::Lock::Timeout (apt >= 1.9.11); the lists lock of
# `apt-get update`, and older apt, do not, so a failure that names a lock is retried. Any other
# failure (an unknown package also exits 100) is returned at once.
#
# APT_RETRIES (default 30) tries, APT_RETRY_SECONDS (default 10) apart.
set -uo pipefail
tries=${APT_RETRIES:-30}
pause=${APT_RETRY_SECONDS:-10}
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
for ((attempt = 1; attempt <= tries; attempt++)); do
  apt-get -o DPkg::Lock::Timeout="$((pause * 6))" "$@" 2>"$errors"
  code=$?
  cat "$errors" >&2
  [ "$code" -eq 0 ] && exit 0
  if ! grep -qiE 'could not get lock|unable to lock|lock-frontend|is held by process' "$errors"; then
    exit "$code"
  fi
  echo "apt-get $*: the package manager is busy (attempt $attempt/$tries); waiting ${pause}s" >&2
  sleep "$pause"
done
echo "apt-get $*: gave up after $tries attempts: another process still holds the package manager's lock" >&2
exit 100
