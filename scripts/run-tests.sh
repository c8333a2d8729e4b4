#!/usr/bin/env bash
# Install everything the tests need (Debian packages, .venv) and run the whole suite:
# lint, format check, strict type check of the domain packages, then pytest offscreen;
# then the domain suite (everything outside tests/ui) a second time against a throw-away
# PostgreSQL server (district mode).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
# the domain packages are type-checked strictly (files and settings in pyproject.toml)
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
if [ $# -eq 0 ]; then
  # tests marked `postgres` already ran against PostgreSQL in the run above
  # (the bundle build in tests/packaging does not touch the database)
  LMS_TEST_DATABASE=postgresql .venv/bin/python -m pytest -q tests --ignore=tests/ui \
    --ignore=tests/packaging -m "not postgres"
fi
