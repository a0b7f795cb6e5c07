#!/usr/bin/env sh
# The browser tests drive Debian's Chromium (browser downloads from the internet are not possible here).
# Installs it when missing and we may (root); otherwise says what to do.
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing chromium for the browser tests (apt-get)…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 && exit 0
fi
echo "browser tests need Chromium at /usr/bin/chromium (apt-get install chromium) or CHROMIUM_PATH" >&2
exit 1
