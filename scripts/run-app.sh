#!/usr/bin/env bash
# Install LMS Desktop if needed and open it. The first time, a demo school is loaded into
# a separate demo database so you can try everything; pass --db FILE for your own library.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ $# -eq 0 ]; then
  demo_db=$(.venv/bin/python -c 'from lms_desktop.config import user_data_dir; print(user_data_dir() / "demo-school.sqlite3")')
  if [ ! -f "$demo_db" ]; then
    .venv/bin/lms-desktop demo --db "$demo_db"
  fi
  exec .venv/bin/lms-desktop --db "$demo_db"
fi
exec .venv/bin/lms-desktop "$@"
