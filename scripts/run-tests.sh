#!/usr/bin/env bash
# Install everything the tests need (Debian packages, .venv) and run the whole suite:
# lint, format check, then pytest offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
exec .venv/bin/python -m pytest "$@"
