#!/usr/bin/env bash
# Build the one-folder application bundle in dist/lms-desktop/ with PyInstaller, after
# compiling the translations (.ts -> .qm). Run scripts/setup.sh first (run-tests.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  .venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
fi
.venv/bin/python scripts/build_translations.py
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/lms-desktop.spec
echo "Built dist/lms-desktop/ (version $(cat dist/lms-desktop/VERSION))"
