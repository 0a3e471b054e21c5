#!/usr/bin/env bash
# Finds or installs the browser the journeys run in, so that `npm test` works on a fresh machine:
# Debian's Chromium when present (playwright.config.ts uses it); else, as root on Debian,
# installs it with apt-get; else Playwright's own Chromium (`playwright install`, which needs
# the internet).
set -euo pipefail
for p in /usr/lib/chromium/chromium /usr/bin/chromium; do
  [ -x "$p" ] && exit 0
done
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found: installing Debian's chromium with apt-get." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Debian Chromium: using Playwright's own (npx playwright install chromium)." >&2
npx playwright install chromium
