"""Circulation sub-commands: scan-batch, checkout, checkin, roster-import, overdues, holds."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, fields, replace
from datetime import date
from pathlib import Path

from lms_desktop.bootstrap import open_app
from lms_desktop.circulation.batch import replay_batch
from lms_desktop.circulation.context import patron_row_by_barcode
from lms_desktop.circulation.holds import expire_holds
from lms_desktop.circulation.loans import checkin_item, checkout_item
from lms_desktop.circulation.notices import overdues_by_homeroom
from lms_desktop.circulation.roster import (
    RosterColumnMapping,
    apply_roster,
    guess_mapping,
    preview_roster,
    read_roster,
    undo_roster_import,
)
from lms_desktop.cli import add_db_option, config_from, print_json
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.texts import say

# outcomes that are not a problem in a report (a double scan did nothing, rightly)
SUCCESSFUL = {
    "checked_out",
    "checked_in",
    "hold_trapped",
    "renewed",
    "patron_selected",
    "duplicate",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = subparsers.add_parser(
        "scan-batch",
        help="replay a file of offline scans (check-outs and returns) with every rule",
        description="Replays a batch file saved by a scanner while it was unplugged: patron "
        "card lines, item lines, CHECKIN/CHECKOUT/END mode lines, optional timestamps and "
        "# comments (format: docs/CIRCULATION.md). Every rule applies as at the desk. "
        "Replaying the same file again does nothing twice. Exit code 0 when every scan "
        "went through, 1 when some were refused or unknown.",
    )
    add_db_option(batch)
    batch.add_argument("file", type=Path, metavar="FILE", help="the batch file")
    batch.add_argument("--staff", default="batch", help="name recorded in the journal")
    batch.add_argument("--json", action="store_true", help="print the report as JSON")
    batch.set_defaults(func=_scan_batch)

    checkout = subparsers.add_parser("checkout", help="lend items to a patron")
    add_db_option(checkout)
    checkout.add_argument("patron", metavar="PATRON_BARCODE")
    checkout.add_argument("items", nargs="+", metavar="ITEM_BARCODE")
    checkout.add_argument("--override", action="store_true", help="lend despite blocks")
    checkout.add_argument("--staff", default="command line")
    checkout.add_argument("--json", action="store_true")
    checkout.set_defaults(func=_checkout)

    checkin = subparsers.add_parser("checkin", help="return items")
    add_db_option(checkin)
    checkin.add_argument("items", nargs="+", metavar="ITEM_BARCODE")
    checkin.add_argument("--staff", default="command line")
    checkin.add_argument("--json", action="store_true")
    checkin.set_defaults(func=_checkin)

    roster = subparsers.add_parser(
        "roster-import",
        help="preview (or apply) a student roster CSV from the student information system",
        description="Reads a CSV export (UTF-8 with or without BOM, or Windows-1252; comma, "
        "semicolon or tab separated), guesses which column is which, and shows what would "
        "change: new students, changed details, moved homerooms/grades, students missing "
        "from the file. Nothing changes without --apply. Undo with roster-import --undo ID.",
    )
    add_db_option(roster)
    roster.add_argument("file", type=Path, nargs="?", metavar="FILE")
    roster.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="say which column feeds a field, e.g. --map sis_id='Student Number'; fields: "
        + ", ".join(f.name for f in fields(RosterColumnMapping)),
    )
    roster.add_argument("--apply", action="store_true", help="apply the changes")
    roster.add_argument(
        "--keep-missing", action="store_true", help="leave students missing from the file active"
    )
    roster.add_argument("--undo", type=int, metavar="ID", help="undo an applied import")
    roster.add_argument("--json", action="store_true")
    roster.set_defaults(func=_roster)

    overdues = subparsers.add_parser("overdues", help="list overdue items by homeroom")
    add_db_option(overdues)
    overdues.add_argument("--date", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    overdues.add_argument("--json", action="store_true")
    overdues.set_defaults(func=_overdues)

    holds = subparsers.add_parser("expire-holds", help="expire holds left on the shelf too long")
    add_db_option(holds)
    holds.set_defaults(func=_expire_holds)


def _scan_batch(args: argparse.Namespace) -> int:
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(
            say("{file} cannot be read ({reason}).", file=str(args.file), reason=exc.strerror)
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            say("{file} is not a text file of scans. Check the file name.", file=args.file.name)
        ) from exc
    ctx = open_app(config_from(args))
    try:
        report = replay_batch(ctx.database, text, file_name=args.file.name, staff_name=args.staff)
    finally:
        ctx.database.dispose()
    problems = [
        line for line in report.lines if line.outcome is not None and line.outcome not in SUCCESSFUL
    ]
    if args.json:
        print_json(
            {
                "file": report.file_name,
                "summary": report.summary(),
                "seconds": round(report.seconds, 3),
                "lines": [
                    {
                        "line": line.line_no,
                        "text": line.text,
                        "outcome": line.outcome.value if line.outcome else None,
                        "message": line.message,
                        "repeated": line.repeated,
                    }
                    for line in report.lines
                ],
            }
        )
    else:
        for line in report.lines:
            mark = "  " if line.outcome is None or line.outcome in SUCCESSFUL else "!!"
            again = " (already replayed)" if line.repeated else ""
            print(f"{mark} line {line.line_no:>5}: {line.message}{again}")
        print(report.summary())
    return 1 if problems else 0


def _checkout(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    failed = False
    out = []
    try:
        with ctx.database.unit_of_work() as uow:
            row = patron_row_by_barcode(uow, args.patron)
            if row is None:
                raise NotFoundError(say("No patron has the card {card}.", card=args.patron))
            patron_id = row.id
        for barcode in args.items:
            with ctx.database.unit_of_work(staff_name=args.staff) as uow:
                result = checkout_item(uow, patron_id, barcode, override_blocks=args.override)
            failed |= result.outcome.value != "checked_out"
            out.append(
                {"item": barcode, "outcome": result.outcome.value, "message": result.message}
            )
    finally:
        ctx.database.dispose()
    _print_results(out, args.json)
    return 1 if failed else 0


def _checkin(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    out = []
    failed = False
    try:
        for barcode in args.items:
            with ctx.database.unit_of_work(staff_name=args.staff) as uow:
                result = checkin_item(uow, barcode)
            failed |= result.outcome.value not in SUCCESSFUL
            out.append(
                {"item": barcode, "outcome": result.outcome.value, "message": result.message}
            )
    finally:
        ctx.database.dispose()
    _print_results(out, args.json)
    return 1 if failed else 0


def _print_results(out: list[dict[str, str]], as_json: bool) -> None:
    if as_json:
        print_json(out)
        return
    for entry in out:
        print(entry["message"])


def _roster(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        if args.undo is not None:
            with ctx.database.unit_of_work(staff_name="command line") as uow:
                undone = undo_roster_import(uow, args.undo)
            print(undone.summary)
            return 0
        if args.file is None:
            raise ValidationError(say("Name the roster file to import (or --undo ID)."))
        roster = read_roster(args.file)
        mapping = guess_mapping(roster.headers)
        for item in args.map:
            field, sep, header = item.partition("=")
            if not sep or field not in {f.name for f in fields(RosterColumnMapping)}:
                raise ValidationError(say("--map {item}: write it as FIELD=HEADER.", item=item))
            mapping = replace(mapping, **{field: header})
        with ctx.database.unit_of_work(staff_name="command line") as uow:
            preview = preview_roster(uow, roster, mapping)
        if args.json and not args.apply:
            print_json(
                {
                    "mapping": asdict(mapping),
                    "encoding": roster.encoding,
                    "preview": asdict(preview),
                }
            )
        elif not args.json:
            print(
                f"{roster.file_name}: {len(roster.rows)} rows, {roster.encoding}, "
                f"separated by {roster.delimiter!r}"
            )
            print("Columns: " + ", ".join(f"{k}←{v}" for k, v in asdict(mapping).items() if v))
            print(
                f"  new: {len(preview.new)}   changed: {len(preview.changed)} "
                f"(moved: {len(preview.moved)})   unchanged: {preview.unchanged_count}   "
                f"missing from file: {len(preview.missing)}   problems: {len(preview.problems)}"
            )
            for problem in preview.problems[:20]:
                print(f"  line {problem.line}: {problem.message}", file=sys.stderr)
        if args.apply:
            with ctx.database.unit_of_work(staff_name="command line") as uow:
                result = apply_roster(
                    uow, roster, mapping, deactivate_missing=not args.keep_missing
                )
            if args.json:
                print_json(asdict(result))
            else:
                print(result.summary)
                print(f"Undo with: lms-desktop roster-import --undo {result.import_id}")
        elif not args.json:
            print("Nothing changed. Add --apply to apply these changes.")
    finally:
        ctx.database.dispose()
    return 0


def _overdues(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            today = args.date or date.today()
            groups = overdues_by_homeroom(uow, today)
    finally:
        ctx.database.dispose()
    if args.json:
        print_json([asdict(g) for g in groups])
        return 0
    if not groups:
        print("Nothing is overdue.")
    for group in groups:
        teacher = f" — {group.teacher}" if group.teacher else ""
        print(f"{group.homeroom}{teacher}")
        for line in group.lines:
            print(
                f"    {line.patron_name:<28} {line.title[:40]:<40} due {line.due_on} "
                f"({line.days_overdue} day{'s' if line.days_overdue != 1 else ''})"
            )
    return 0


def _expire_holds(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work(staff_name="command line") as uow:
            expired = expire_holds(uow)
    finally:
        ctx.database.dispose()
    for hold in expired:
        print(f"Expired: {hold.patron_name} — {hold.title}")
    print(f"{len(expired)} hold(s) expired.")
    return 0
