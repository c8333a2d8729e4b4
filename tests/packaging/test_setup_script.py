"""scripts/setup.sh on a fresh Debian: it installs what `python3 -m venv` and the tests need.

The script runs for real in a copy of the project, against stand-ins for apt, dpkg and a
Debian Python that has no ensurepip until its pythonX.Y-venv package is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ENSUREPIP_AFTER_APT = 'grep -qw python3.11-venv "$FAKE_APT_LOG" 2>/dev/null'
FAKE_PYTHON = """#!/bin/bash
# a Debian python3.11 on which only `apt-get install python3.11-venv` brings ensurepip
case "$*" in
  *"import ensurepip"*) {ensurepip} ;;
  *"version_info < (3, 11)"*) exit 0 ;;
  *"-venv"*) echo python3.11-venv ;;
  "-m venv .venv")
    mkdir -p .venv/bin && printf '#!/bin/sh\\nexit 0\\n' > .venv/bin/python
    chmod +x .venv/bin/python ;;
  *) echo "unexpected python call: $*" >&2; exit 99 ;;
esac
"""


def _stand_in(folder: Path, name: str, body: str) -> None:
    script = folder / name
    script.write_text("#!/bin/bash\n" + body + "\n")
    script.chmod(0o755)


def _fresh_debian(tmp_path: Path, *, release: str = "bookworm", venv_works: bool = True) -> dict:
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "setup.sh", project / "scripts" / "setup.sh")
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    _stand_in(bin_dir, "dpkg-query", "exit 1")  # nothing is installed yet
    _stand_in(bin_dir, "id", "echo 0")  # root, as on a fresh server: no sudo needed
    t64 = "exit 0" if release == "trixie" else "exit 1"
    _stand_in(bin_dir, "apt-cache", f'[ "$2" = libasound2t64 ] && {t64}; exit 1')
    _stand_in(bin_dir, "apt-get", 'echo "$@" >> "$FAKE_APT_LOG"')
    python = tmp_path / "python3"
    python.write_text(
        FAKE_PYTHON.replace("{ensurepip}", ENSUREPIP_AFTER_APT if venv_works else "false")
    )
    python.chmod(0o755)
    return {
        "project": project,
        "log": log,
        "env": dict(
            os.environ,
            PATH=f"{bin_dir}:{os.environ['PATH']}",
            PYTHON=str(python),
            FAKE_APT_LOG=str(log),
        ),
    }


def _run_setup(machine: dict, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(machine["project"] / "scripts" / "setup.sh"), *args],
        env=machine["env"],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _installed(machine: dict) -> set[str]:
    lines = machine["log"].read_text().splitlines()
    return {word for line in lines if "install" in line.split() for word in line.split()}


def test_on_a_fresh_debian_setup_installs_venv_support_and_makes_the_environment(
    tmp_path: Path,
) -> None:
    machine = _fresh_debian(tmp_path)
    done = _run_setup(machine)
    assert done.returncode == 0, done.stderr
    installed = _installed(machine)
    assert "python3.11-venv" in installed
    assert {"libxcb-cursor0", "libegl1", "libasound2"} <= installed
    assert (machine["project"] / ".venv" / "bin" / "python").exists()


def test_the_test_setup_installs_the_appstream_and_desktop_entry_validators(
    tmp_path: Path,
) -> None:
    machine = _fresh_debian(tmp_path)
    done = _run_setup(machine, "--test")
    assert done.returncode == 0, done.stderr
    assert {"appstream", "desktop-file-utils", "xvfb", "postgresql"} <= _installed(machine)


def test_on_debian_13_the_sound_library_has_its_new_name(tmp_path: Path) -> None:
    machine = _fresh_debian(tmp_path, release="trixie")
    assert _run_setup(machine).returncode == 0
    installed = _installed(machine)
    assert "libasound2t64" in installed and "libasound2" not in installed


def test_a_python_that_cannot_make_a_venv_gets_a_message_saying_what_to_install(
    tmp_path: Path,
) -> None:
    machine = _fresh_debian(tmp_path, venv_works=False)
    done = _run_setup(machine)
    assert done.returncode == 1
    assert "install python3.11-venv" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_old_python_is_refused_with_a_message(tmp_path: Path) -> None:
    machine = _fresh_debian(tmp_path)
    python = Path(machine["env"]["PYTHON"])
    python.write_text(
        python.read_text()
        .replace('*"version_info < (3, 11)"*) exit 0', '*"version_info < (3, 11)"*) exit 1')
        .replace("case", '[ "$1" = -V ] && { echo "Python 3.9.2"; exit 0; }\ncase', 1)
    )
    done = _run_setup(machine)
    assert done.returncode == 1
    assert "Python 3.9.2" in done.stderr and "3.11 or newer" in done.stderr
