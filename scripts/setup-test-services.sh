#!/usr/bin/env bash
# Installs the system services the test suite drives: a PostgreSQL server (the store tests run
# on it as well as on SQLite) and Debian's Chromium (the browser tests). Idempotent: it installs
# only what is missing and runs `apt-get update` at most once, so `make test` can call it always.
# The tests start and stop their own throwaway PostgreSQL cluster; nothing is started here.
set -euo pipefail

missing=()
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "setup-test-services: need root to install: ${missing[*]}" >&2
    exit 1
fi
echo "setup-test-services: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
