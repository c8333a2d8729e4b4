"""A throw-away PostgreSQL 15 cluster for the district tests, on a Unix socket in a temp dir.

Started with Debian's own binaries (`initdb`, `pg_ctl`); as root the cluster runs as the
`postgres` system user, since PostgreSQL refuses to run as root. Set
`LMS_TEST_POSTGRES_URL` to use an existing server instead (it needs CREATEDB rights).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

PG_BIN_CANDIDATES = (
    "/usr/lib/postgresql/17/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
)
EXISTING_SERVER_ENV = "LMS_TEST_POSTGRES_URL"


def pg_bin() -> Path | None:
    for candidate in PG_BIN_CANDIDATES:
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_cluster_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


class PostgresServer:
    """A server the tests may create and drop databases in."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url  # a SQLAlchemy URL to the server's maintenance database

    def url_for(self, dbname: str) -> str:
        return make_url(self.base_url).set(database=dbname).render_as_string(hide_password=False)

    def _admin(self) -> psycopg.Connection:
        url = make_url(self.base_url).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def create_database(self, template: str | None = None) -> str:
        name = "lms_" + uuid.uuid4().hex[:12]
        with self._admin() as conn:
            clause = f" TEMPLATE {template}" if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{clause}')  # type: ignore[arg-type]
        return name

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]

    def mark_template(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')  # type: ignore[arg-type]


@contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """A server for the length of the `with` block; the cluster is deleted afterwards."""
    existing = os.environ.get(EXISTING_SERVER_ENV)
    if existing:
        yield PostgresServer(existing)
        return
    binaries = pg_bin()
    if binaries is None:
        raise RuntimeError(
            "PostgreSQL's initdb was not found. Install Debian's 'postgresql' package "
            "(scripts/setup.sh --test does) or set LMS_TEST_POSTGRES_URL."
        )
    root = Path(tempfile.mkdtemp(prefix="lms-pg-"))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run(
        _as_cluster_user(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
        env=env,
    )
    options = (
        f"-c listen_addresses='' -c unix_socket_directories={sockets} -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
    )
    subprocess.run(
        _as_cluster_user(
            [
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "-l",
                str(root / "server.log"),
                "start",
            ]
        ),
        check=True,
        capture_output=True,
        env=env,
    )
    # a watchdog stops the cluster if this test process dies without cleaning up (killed by
    # a CI timeout, Ctrl+C twice): no orphaned server keeps a shared machine's memory
    stop = " ".join(
        _as_cluster_user(
            [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
        )
    )
    watchdog = subprocess.Popen(
        [
            "sh",
            "-c",
            f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
            f"{stop} >/dev/null 2>&1; rm -rf '{root}'",
        ],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield PostgresServer(f"postgresql+psycopg://postgres@/postgres?host={sockets}")
    finally:
        subprocess.run(
            _as_cluster_user(
                [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            ),
            capture_output=True,
            env=env,
        )
        watchdog.kill()
        watchdog.wait()
        shutil.rmtree(root, ignore_errors=True)
