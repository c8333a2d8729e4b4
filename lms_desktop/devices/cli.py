"""`lms-desktop devices import|export|out` and `lms-desktop repair-handoff`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from lms_desktop.bootstrap import open_app
from lms_desktop.cli import add_db_option, config_from, print_json
from lms_desktop.errors import ValidationError
from lms_desktop.texts import say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    devices = subparsers.add_parser(
        "devices",
        help="import or export the device register as CSV; list devices still out",
        description="The device register (Chromebooks, iPads, hotspots, chargers…) as a CSV "
        "file with one row per device and the asset tag as the key.",
    )
    add_db_option(devices)
    actions = devices.add_subparsers(title="actions", metavar="ACTION", required=True)

    imp = actions.add_parser(
        "import",
        help="add or update devices from a CSV file",
        description="Adds new asset tags and updates known ones. Required columns: "
        "asset_tag, device_type. Optional: make, model, serial_number, mac_address, imei, "
        "purchase_date, price, warranty_end, status, home_location, cart, cart_slot, notes. "
        "A bad row is skipped and reported with its line number; the rest is imported.",
    )
    add_db_option(imp)
    imp.add_argument("csv", type=Path, metavar="CSV")
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(func=_import)

    exp = actions.add_parser("export", help="write every device to a CSV file (the import format)")
    add_db_option(exp)
    exp.add_argument("csv", type=Path, metavar="CSV")
    exp.set_defaults(func=_export)

    out = actions.add_parser(
        "out",
        help="devices still on loan, by homeroom (year-end collection)",
        description="Lists every device on loan grouped by homeroom, for the year-end "
        "collection. With --csv the list is written to a file for the homeroom teachers.",
    )
    add_db_option(out)
    out.add_argument("--csv", type=Path, metavar="FILE", help="write the list to a CSV file")
    out.set_defaults(func=_out)

    handoff = subparsers.add_parser(
        "repair-handoff",
        help="write the open repair tickets for IT as a PDF or CSV",
        description="Every repair ticket that is open, sent to IT or waiting on parts, most "
        "urgent first (priority from impact x urgency). The file type follows --out.",
    )
    add_db_option(handoff)
    handoff.add_argument("--out", type=Path, required=True, metavar="FILE.pdf|FILE.csv")
    handoff.set_defaults(func=_handoff)


def _import(args: argparse.Namespace) -> int:
    from lms_desktop.devices.csv_io import import_devices_csv

    if not args.csv.is_file():
        raise ValidationError(
            say("There is no file {path}. Check the name and folder.", path=str(args.csv))
        )
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work(staff_name="command line") as uow:
            result = import_devices_csv(uow, args.csv)
            if not args.dry_run:
                uow.commit()
    finally:
        ctx.database.dispose()
    if args.json:
        print_json(
            {
                "added": result.added,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "dry_run": args.dry_run,
                "problems": [
                    {"line": p.line, "asset_tag": p.asset_tag, "message": p.message}
                    for p in result.problems
                ],
            }
        )
    else:
        prefix = "Checked (nothing saved): " if args.dry_run else "Imported: "
        print(prefix + result.summary() + ".")
        for problem in result.problems:
            print(
                f"  line {problem.line} ({problem.asset_tag or 'no tag'}): {problem.message}",
                file=sys.stderr,
            )
    return 1 if result.problems else 0


def _export(args: argparse.Namespace) -> int:
    from lms_desktop.devices.csv_io import export_devices_csv

    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            count = export_devices_csv(uow, args.csv)
    finally:
        ctx.database.dispose()
    print(f"Wrote {count} devices to {args.csv}.")
    return 0


def _out(args: argparse.Namespace) -> int:
    from lms_desktop.devices.yearend import devices_out_by_homeroom, write_devices_out_csv

    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            groups = devices_out_by_homeroom(uow)
    finally:
        ctx.database.dispose()
    if args.csv:
        write_devices_out_csv(groups, args.csv)
    total = sum(len(g.lines) for g in groups)
    print(f"{_count(total, 'device')} still out in {_count(len(groups), 'homeroom')}.")
    for group in groups:
        print(f"{group.homeroom} ({group.teacher or 'no teacher'}): {len(group.lines)}")
        for line in group.lines:
            late = "  OVERDUE" if line.overdue else ""
            print(f"  {line.asset_tag:<12} {line.device_type:<11} {line.patron_name}{late}")
    return 0


def _handoff(args: argparse.Namespace) -> int:
    from lms_desktop.devices.repairs import tickets, write_handoff_csv, write_handoff_pdf
    from lms_desktop.school.settings import SCHOOL_NAME, get_setting

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise ValidationError(
            say(
                "--out must end in .pdf or .csv (got '{name}'), e.g. repairs.pdf.",
                name=args.out.name,
            )
        )
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            open_tickets = tickets(uow)
            school = get_setting(uow, SCHOOL_NAME, "My School")
    finally:
        ctx.database.dispose()
    if suffix == ".pdf":
        write_handoff_pdf(open_tickets, args.out, school, date.today().isoformat())
    else:
        write_handoff_csv(open_tickets, args.out)
    print(f"Wrote {len(open_tickets)} open repair tickets to {args.out}.")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
