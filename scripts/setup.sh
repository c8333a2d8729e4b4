#!/usr/bin/env bash
# Prepare this machine for LMS Desktop: the Debian libraries Qt needs, then a virtual
# environment in .venv with the app (and, with --test, everything the tests need).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null 2>&1; then
  echo "setup: there is no '$python' on this computer. Install Python 3.11 or newer" \
    "(on Debian: sudo apt-get install python3) and run this again." >&2
  exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: LMS Desktop needs Python 3.11 or newer; '$python' is $("$python" -V 2>&1)." \
    "Set PYTHON=python3.11 (or newer) and run this again." >&2
  exit 1
fi

# Debian packages: Qt's runtime libraries, and for tests a virtual screen, PDF tools,
# a PostgreSQL server (district tests), yaz-ztest (a real SRU server) and the
# validators of the Linux desktop entry and AppStream metadata.
debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
      libnss3 libpulse0 fonts-dejavu-core)
if [ "$want_test" = 1 ]; then
  debs+=(xvfb poppler-utils yaz postgresql appstream desktop-file-utils)
fi
# Debian 13 and Ubuntu 24.04 renamed libasound2 (now only a virtual package, which
# dpkg never reports as installed) to libasound2t64.
if command -v apt-cache >/dev/null 2>&1 && apt-cache show libasound2t64 >/dev/null 2>&1; then
  debs+=(libasound2t64)
else
  debs+=(libasound2)
fi
# `python3 -m venv` needs ensurepip, which Debian ships apart in pythonX.Y-venv.
venv_deb=$("$python" -c 'import sys; print("python%d.%d-venv" % sys.version_info[:2])')
if [ ! -x .venv/bin/python ] && ! "$python" -c 'import ensurepip' 2>/dev/null; then
  debs+=("$venv_deb")
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
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: these Debian packages are missing: ${missing[*]}. Install them as root" \
        "(su -c 'apt-get install ${missing[*]}') and run this again." >&2
      exit 1
    fi
    sudo_cmd=(sudo)
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  if ! "$python" -c 'import ensurepip' 2>/dev/null; then
    echo "setup: '$python' cannot make a virtual environment (no ensurepip)." \
      "On Debian install $venv_deb (sudo apt-get install $venv_deb) and run this again." >&2
    exit 1
  fi
  rm -rf .venv  # a half-made one from an earlier failed run
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
