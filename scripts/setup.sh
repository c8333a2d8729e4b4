#!/usr/bin/env bash
# Prepare this machine for LMS Desktop: the Debian libraries Qt needs, then a virtual
# environment in .venv with the app (and, with --test, everything the tests need).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

# Debian packages: Qt's runtime libraries, and for tests a virtual screen, PDF tools,
# a PostgreSQL server (district tests) and yaz-ztest (a real SRU server).
debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
      libnss3 libasound2 libpulse0 fonts-dejavu-core)
if [ "$want_test" = 1 ]; then
  debs+=(xvfb poppler-utils yaz postgresql)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${debs[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.installed-$( (cat pyproject.toml; echo "$want_test") | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$want_test" = 1 ]; then
    .venv/bin/python -m pip install -q -e ".[test]"
  else
    .venv/bin/python -m pip install -q -e .
  fi
  rm -f .venv/.installed-*
  touch "$stamp"
fi

# Qt translations are compiled from the .ts sources, never committed.
.venv/bin/python scripts/build_translations.py >/dev/null
