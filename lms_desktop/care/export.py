"""Open export of everything: the catalog as MARC, every table as CSV and JSON."""

from __future__ import annotations

import base64
import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lms_desktop import __version__
from lms_desktop.catalog.exporter import ExportFormat, export_marc
from lms_desktop.db.all_models import Base
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import say

# never exported: secrets, and the search index's internal shadow tables
SECRET_COLUMNS: dict[str, frozenset[str]] = {"staff_users": frozenset({"pin_hash"})}

# the files a school IT department looks for first; every other table follows
NAMED_GROUPS: tuple[tuple[str, str], ...] = (
    ("patrons", "patrons"),
    ("loans", "loans"),
    ("items", "items (book copies and devices)"),
    ("devices", "devices"),
    ("bookings", "makerspace bookings"),
)

BATCH = 2000


@dataclass(frozen=True)
class ExportSummary:
    folder: Path
    marc_records: int
    tables: dict[str, int]

    def lines(self) -> list[str]:
        out = [f"{self.marc_records} catalog records in catalog.mrc"]
        out += [f"{rows} rows in {name}.csv / {name}.json" for name, rows in self.tables.items()]
        return out


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Decimal):
        return str(value)
    return value


def export_everything(
    uow: UnitOfWork,
    folder: Path,
    progress: Callable[[int, int, str], None] | None = None,
) -> ExportSummary:
    """Write the catalog and every table of the library into `folder`.

    `catalog.mrc` is ISO 2709 in UTF-8 and `catalog.xml` MARCXML, both with each title's
    copies as 852 holdings fields (the catalog's own exporter); each table becomes
    `<table>.csv` (UTF-8 with a header row, binary as base64) and `<table>.json` (a list
    of objects), and
    `manifest.json` says what is where. Staff PIN hashes are never exported.
    """
    require_permission(uow, Permission.EXPORT_DATA)
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise ValidationError(
            say(
                "The folder {folder} is not empty. Choose an empty folder so nothing is "
                "overwritten.",
                folder=str(folder),
            )
        )
    session = uow.session
    tables = list(Base.metadata.sorted_tables)
    total = len(tables) + 1
    report = progress or (lambda _d, _t, _m: None)

    report(0, total, "catalog")
    # the catalog's own exporter: every title with its copies as 852 holdings, ISO 2709
    # (titles too long for ISO 2709 are listed in left_out) and MARCXML, which has no limit
    marc_report = export_marc(uow, folder / "catalog.mrc", ExportFormat.ISO2709)
    xml_report = export_marc(uow, folder / "catalog.xml", ExportFormat.MARCXML)
    marc_count = xml_report.records
    if marc_report.left_out:
        (folder / "catalog-left-out.txt").write_text(
            "\n".join(marc_report.left_out) + "\n", encoding="utf-8"
        )

    counts: dict[str, int] = {}
    for index, table in enumerate(tables, start=1):
        report(index, total, table.name)
        hidden = SECRET_COLUMNS.get(table.name, frozenset())
        columns = [c for c in table.columns if c.name not in hidden]
        names = [c.name for c in columns]
        pk = list(table.primary_key.columns)
        rows = 0
        with (
            (folder / f"{table.name}.csv").open("w", encoding="utf-8", newline="") as csv_out,
            (folder / f"{table.name}.json").open("w", encoding="utf-8") as json_out,
        ):
            writer = csv.writer(csv_out)
            writer.writerow(names)
            json_out.write("[")
            result = session.execute(select(*columns).order_by(*pk)).yield_per(BATCH)
            for row in result:
                writer.writerow([_csv_value(v) for v in row])
                obj = {n: _json_value(v) for n, v in zip(names, row, strict=True)}
                json_out.write(("\n" if rows == 0 else ",\n") + json.dumps(obj, ensure_ascii=False))
                rows += 1
            json_out.write("\n]\n")
        counts[table.name] = rows

    manifest = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "exported_by": uow.staff_name or "",
        "application": f"LMS Desktop {__version__}",
        "catalog": {
            "files": {"catalog.mrc": "MARC 21 ISO 2709, UTF-8", "catalog.xml": "MARCXML"},
            "records": marc_count,
            "records_in_iso2709": marc_report.records,
            "copies": xml_report.copies,
        },
        "tables": {
            name: {"csv": f"{name}.csv", "json": f"{name}.json", "rows": rows}
            for name, rows in counts.items()
        },
        "groups": {group: label for group, label in NAMED_GROUPS},
        "notes": "Times are UTC. Binary columns (photos, MARC) are base64. Staff PIN hashes "
        "are not exported.",
    }
    (folder / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    report(total, total, "done")
    return ExportSummary(folder=folder, marc_records=marc_count, tables=counts)
