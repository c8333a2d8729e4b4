"""Fixtures for the devices tests: a unit of work on a fresh, migrated school database."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

import pytest

from lms_desktop.db.unit_of_work import Database, UnitOfWork
from lms_desktop.devices.register import DeviceInput, add_device


@pytest.fixture
def uow(database: Database) -> Iterator[UnitOfWork]:
    with database.unit_of_work(staff_name="Ms. Rivera") as unit:
        yield unit


def chromebook(tag: str, **changes: object) -> DeviceInput:
    values: dict[str, object] = {
        "asset_tag": tag,
        "device_type": "chromebook",
        "make": "Lenovo",
        "model": "100e Gen 4",
        "serial_number": f"SN-{tag}",
    }
    values.update(changes)
    return DeviceInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def three_chromebooks(uow: UnitOfWork) -> list[str]:
    tags = ["CB-0001", "CB-0002", "CB-0003"]
    for tag in tags:
        add_device(uow, chromebook(tag))
    uow.commit()
    return tags


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """A real PNG file (red pixels), built byte by byte so no image library is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
