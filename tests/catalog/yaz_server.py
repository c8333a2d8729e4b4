"""Debian's real `yaz-ztest` SRU server on a free loopback port, and servers that misbehave."""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_yaz_ztest(log_dir: Path) -> Iterator[str]:
    """Start yaz-ztest, wait until it answers SRU, yield its base URL, stop it."""
    if shutil.which("yaz-ztest") is None:
        pytest.skip("yaz-ztest is not installed (Debian package 'yaz'; scripts/setup.sh --test)")
    port = free_port()
    process = subprocess.Popen(
        ["yaz-ztest", "-l", str(log_dir / "yaz-ztest.log"), f"tcp:127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/Default"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                httpx.get(base, params={"version": "1.2", "operation": "explain"}, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("yaz-ztest did not start") from None
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def silent_server() -> Iterator[str]:
    """A server that accepts connections and reads the request but never answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()
    accepted: list[socket.socket] = []

    def accept_forever() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            accepted.append(conn)

    thread = threading.Thread(target=accept_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/Default"
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in accepted:
            conn.close()
        listener.close()


def closed_port_url() -> str:
    """An address on which nothing listens: connecting is refused at once."""
    return f"http://127.0.0.1:{free_port()}/Default"
