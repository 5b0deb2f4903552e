#!/bin/sh
# The app's browser tests drive Debian's chromium (never a downloaded browser build).
# Installs it with apt when missing and we are root; otherwise says what to do.
set -e
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "wenquanyi\|wqy"; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium (and a Chinese font for its screenshots) for the browser tests…"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
else
  echo "chromium is missing: install Debian's package (sudo apt-get install chromium fonts-wqy-microhei); browser tests will fail without it" >&2
fi
