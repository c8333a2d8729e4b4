"""`lms-desktop inventory`, `weeding` and `year-end`: the spring jobs from the command line."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lms_desktop.bootstrap import AppContext, open_app
from lms_desktop.cli import add_db_option, config_from, print_json
from lms_desktop.errors import ValidationError
from lms_desktop.texts import say

if TYPE_CHECKING:
    from lms_desktop.inventory.weeding import WeedingRule
    from lms_desktop.inventory.yearend import YearEndPreview

STAFF = "command line"


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2027-08-16)"
        ) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    inventory = subparsers.add_parser(
        "inventory",
        help="shelf inventory: start, scan, replay a scanner's memory, close, review",
        description="Scan the shelves against the catalog. Start an inventory of the whole "
        "collection or of a scope, scan (or replay a scanner-memory file), then close it: "
        "copies not found become missing and wait on a review list, where they can be "
        "marked lost or put back.",
    )
    add_db_option(inventory)
    steps = inventory.add_subparsers(title="steps", metavar="STEP", required=True)

    start = steps.add_parser("start", help="start an inventory (whole collection or a scope)")
    add_db_option(start)
    start.add_argument("--location", default="", help="only copies in this location")
    start.add_argument("--from", dest="call_from", default="", metavar="CALL_NUMBER")
    start.add_argument("--to", dest="call_to", default="", metavar="CALL_NUMBER",
                       help="inclusive: --to 599 takes in 599.75")  # fmt: skip
    start.add_argument("--type", dest="item_type", default="", help="only this item type code")
    start.add_argument("--name", default="", help="a name for the list of inventories")
    start.add_argument("--json", action="store_true")
    start.set_defaults(func=_start)

    scan = steps.add_parser("scan", help="record barcodes read on a shelf")
    add_db_option(scan)
    scan.add_argument("session", type=int, metavar="INVENTORY")
    scan.add_argument("barcodes", nargs="+", metavar="BARCODE")
    scan.add_argument("--shelf", default="", help="the shelf label, e.g. 'Shelf 12'")
    scan.add_argument("--location", default=None, help="where you are scanning")
    scan.add_argument("--json", action="store_true")
    scan.set_defaults(func=_scan)

    replay = steps.add_parser(
        "replay",
        help="replay a scanner-memory file (one barcode a line)",
        description="Each line is a barcode, optionally followed by a comma and the "
        "scanner's date and time. Lines '# shelf: NAME' and '# location: NAME' say where "
        "the following barcodes were read.",
    )
    add_db_option(replay)
    replay.add_argument("session", type=int, metavar="INVENTORY")
    replay.add_argument("file", type=Path)
    replay.add_argument("--json", action="store_true")
    replay.set_defaults(func=_replay)

    close = steps.add_parser("close", help="close an inventory: not found -> missing, review")
    add_db_option(close)
    close.add_argument("session", type=int, metavar="INVENTORY")
    close.add_argument("--json", action="store_true")
    close.set_defaults(func=_close)

    status = steps.add_parser("status", help="progress by shelf, or the list of inventories")
    add_db_option(status)
    status.add_argument("session", type=int, nargs="?", metavar="INVENTORY")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=_status)

    review = steps.add_parser("review", help="the missing list after the close; mark lost")
    add_db_option(review)
    review.add_argument("session", type=int, metavar="INVENTORY")
    review.add_argument("--lost", default="", metavar="IDS|all", help="mark these lost")
    review.add_argument("--restore", default="", metavar="IDS|all", help="put these back")
    review.add_argument("--json", action="store_true")
    review.set_defaults(func=_review)

    weeding = subparsers.add_parser(
        "weeding",
        help="weeding candidates and bulk withdrawal",
        description="Lists copies that weeding rules pick. Give rules with --range/"
        "--older-than/--not-borrowed/--max-loans/--condition (one rule), --rules FILE.json "
        "(a list of rules), or --crew (the CREW method's school defaults).",
    )
    add_db_option(weeding)
    weed_steps = weeding.add_subparsers(title="steps", metavar="STEP", required=True)
    candidates = weed_steps.add_parser("candidates", help="list (and optionally withdraw)")
    add_db_option(candidates)
    candidates.add_argument("--range", default="", metavar="FROM-TO", help="e.g. 500-599")
    candidates.add_argument("--older-than", type=int, metavar="YEARS")
    candidates.add_argument("--not-borrowed", type=int, metavar="YEARS")
    candidates.add_argument("--max-loans", type=int, metavar="N")
    candidates.add_argument("--condition", action="append", default=[], metavar="WORD")
    candidates.add_argument("--location", default="")
    candidates.add_argument("--rules", type=Path, metavar="FILE.json")
    candidates.add_argument("--crew", action="store_true")
    candidates.add_argument("--today", type=_date, metavar="DATE", help=argparse.SUPPRESS)
    candidates.add_argument("--withdraw", action="store_true", help="withdraw every candidate")
    candidates.add_argument("--reason", default="", help="the reason, with --withdraw")
    candidates.add_argument("--json", action="store_true")
    candidates.set_defaults(func=_candidates)

    year_end = subparsers.add_parser(
        "year-end",
        help="roll the school over to a new year (dry run, apply, undo)",
        description="Promotes every student a grade, graduates the top grade (students "
        "with loans or fees listed first), moves homerooms from a new roster, clears or "
        "carries fees, archives the year's statistics and resets the calendar. --apply "
        "backs the library up first; --undo puts that backup back.",
    )
    add_db_option(year_end)
    mode = year_end.add_mutually_exclusive_group(required=True)
    mode.add_argument("--dry-run", action="store_true", help="show what would change")
    mode.add_argument("--apply", action="store_true", help="back up, then roll over")
    mode.add_argument("--undo", action="store_true", help="restore the backup from before")
    year_end.add_argument("--new-year", default="", metavar="NAME", help="e.g. 2027-28")
    year_end.add_argument("--first-day", type=_date, metavar="DATE")
    year_end.add_argument("--last-day", type=_date, metavar="DATE")
    year_end.add_argument("--top-grade", default="", help="default: the highest grade found")
    year_end.add_argument(
        "--fees", default="carry", choices=["carry", "clear_overdue", "clear_all"]
    )
    year_end.add_argument("--closed-days", default="clear", choices=["clear", "keep"])
    year_end.add_argument("--roster", type=Path, metavar="FILE.csv", help="next year's roster")
    year_end.add_argument(
        "--server-backed-up",
        action="store_true",
        help="district database server only: IT has backed the server up",
    )
    year_end.add_argument(
        "--force",
        action="store_true",
        help="with --undo: undo a rollover older than two weeks (a past year's)",
    )
    year_end.add_argument("--json", action="store_true")
    year_end.set_defaults(func=_year_end)


def _open(args: argparse.Namespace) -> AppContext:
    return open_app(config_from(args))


def _start(args: argparse.Namespace) -> int:
    from lms_desktop.inventory.shelf import InventoryScope, start_inventory

    ctx = _open(args)
    try:
        scope = InventoryScope(args.location, args.call_from, args.call_to, args.item_type)
        with ctx.database.unit_of_work(staff_name=STAFF) as uow:
            view = start_inventory(uow, scope, name=args.name)
        if args.json:
            print_json(asdict(view))
        else:
            print(f"Inventory {view.id} started: {view.name} ({view.in_scope_count:,} copies).")
            print(f"Scan with: lms-desktop inventory scan {view.id} BARCODE…")
    finally:
        ctx.database.dispose()
    return 0


def _scan(args: argparse.Namespace) -> int:
    from lms_desktop.inventory.shelf import scan_item

    ctx = _open(args)
    try:
        results = []
        for barcode in args.barcodes:
            with ctx.database.unit_of_work(staff_name=STAFF) as uow:
                results.append(
                    scan_item(uow, args.session, barcode, shelf=args.shelf, location=args.location)
                )
                uow.commit()
        if args.json:
            print_json([asdict(r) for r in results])
        else:
            for r in results:
                flags = [
                    w
                    for w, on in (("MISSHELVED", r.misshelved), ("OUT OF ORDER", r.out_of_order))
                    if on
                ]
                print(f"{r.barcode}: {' '.join([r.outcome, *flags])} — {r.message}")
    finally:
        ctx.database.dispose()
    return 0


def _replay(args: argparse.Namespace) -> int:
    from lms_desktop.inventory.shelf import parse_scanner_file, replay_scans

    try:
        text = args.file.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError as exc:
        raise ValidationError(
            say("Cannot read {file}: {why}. Check the path.", file=str(args.file), why=exc.strerror)
        ) from exc
    reads = parse_scanner_file(text)
    ctx = _open(args)
    try:
        with ctx.database.unit_of_work(staff_name=STAFF) as uow:
            result = replay_scans(uow, args.session, reads)
        if args.json:
            print_json(asdict(result))
        else:
            print(
                f"{result.scans:,} scans replayed: {result.found:,} copies found, "
                f"{result.misshelved} misshelved, {result.out_of_order} out of order, "
                f"{result.duplicates} repeated, {len(result.unknown)} unknown."
            )
            for code in result.unknown[:20]:
                print(f"  not in the catalog: {code}", file=sys.stderr)
    finally:
        ctx.database.dispose()
    return 0


def _close(args: argparse.Namespace) -> int:
    from lms_desktop.inventory.shelf import close_inventory

    ctx = _open(args)
    try:
        with ctx.database.unit_of_work(staff_name=STAFF) as uow:
            result = close_inventory(uow, args.session)
        if args.json:
            print_json(asdict(result))
        else:
            desk = (
                f" ({result.returned_at_desk:,} of them checked in at the desk meanwhile)"
                if result.returned_at_desk
                else ""
            )
            print(
                f"Inventory {result.session_id} closed: {result.found:,} of {result.expected:,} "
                f"found{desk}, {result.missing:,} missing, {result.misshelved} misshelved, "
                f"{result.out_of_order} out of order."
            )
            if result.missing:
                print(f"Review them with: lms-desktop inventory review {result.session_id}")
    finally:
        ctx.database.dispose()
    return 0


def _status(args: argparse.Namespace) -> int:
    from lms_desktop.inventory.shelf import inventory_progress, list_inventories

    ctx = _open(args)
    try:
        with ctx.database.unit_of_work() as uow:
            if args.session is None:
                views = list_inventories(uow)
                if args.json:
                    print_json([asdict(v) for v in views])
                for v in [] if args.json else views:
                    print(f"{v.id:>4}  {v.status:<6}  {v.started_at:%Y-%m-%d}  {v.name}")
                return 0
            progress = inventory_progress(uow, args.session)
        if args.json:
            print_json(asdict(progress))
        else:
            print(f"{progress.found:,} of {progress.expected:,} found ({progress.scans:,} scans)")
            for g in progress.groups:
                print(f"  {g.group:<16} {g.found:>7,} / {g.total:<7,} {g.percent:>3}%")
    finally:
        ctx.database.dispose()
    return 0


def _ids(text: str, every: list[int]) -> list[int]:
    if text.strip().lower() == "all":
        return every
    try:
        return [int(part) for part in text.replace(",", " ").split()]
    except ValueError:
        raise ValidationError(
            say("“{text}”: give review numbers separated by commas, or all.", text=text)
        ) from None


def _review(args: argparse.Namespace) -> int:
    from lms_desktop.inventory.shelf import mark_lost, missing_items, restore_missing

    ctx = _open(args)
    try:
        with ctx.database.unit_of_work(staff_name=STAFF) as uow:
            listed = missing_items(uow, args.session)
        pending = [m.id for m in listed if m.decision == "missing"]
        if args.lost:
            with ctx.database.unit_of_work(staff_name=STAFF) as uow:
                n = mark_lost(uow, args.session, _ids(args.lost, pending))
            print(f"{n} copies marked lost.")
        if args.restore:
            every = [m.id for m in listed if m.decision != "restored"]
            with ctx.database.unit_of_work(staff_name=STAFF) as uow:
                n = restore_missing(uow, args.session, _ids(args.restore, every))
            print(f"{n} copies put back on the shelf.")
        if args.lost or args.restore:
            with ctx.database.unit_of_work() as uow:
                listed = missing_items(uow, args.session)
        if args.json:
            print_json([asdict(m) for m in listed])
        elif not (args.lost or args.restore):
            for m in listed:
                print(f"{m.id:>6}  {m.decision:<8}  {m.call_number:<18} {m.barcode:<16} {m.title}")
    finally:
        ctx.database.dispose()
    return 0


def _rules(args: argparse.Namespace) -> tuple[WeedingRule, ...]:
    from lms_desktop.inventory import weeding

    if args.crew:
        return weeding.CREW_SCHOOL_RULES
    if args.rules is not None:
        try:
            return weeding.rules_from_json(args.rules.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ValidationError(
                say("Cannot read {file}: {why}.", file=str(args.rules), why=exc.strerror)
            ) from exc
    low, _, high = args.range.partition("-")
    return (
        weeding.WeedingRule(
            call_from=low.strip(),
            call_to=(high or low).strip() if args.range else "",
            older_than_years=args.older_than,
            not_borrowed_years=args.not_borrowed,
            max_loans=args.max_loans,
            conditions=tuple(args.condition),
            location=args.location,
        ),
    )


def _candidates(args: argparse.Namespace) -> int:
    from lms_desktop.inventory.weeding import weeding_candidates, withdraw_in_bulk

    rules = _rules(args)
    ctx = _open(args)
    try:
        with ctx.database.unit_of_work() as uow:
            found = weeding_candidates(uow, rules, today=args.today)
        if args.json:
            print_json([asdict(c) for c in found])
        else:
            for c in found:
                last = c.last_loan.isoformat() if c.last_loan else "never"
                print(
                    f"{c.call_number:<18} {c.barcode:<16} {c.publication_year or '':>4}  "
                    f"last loan {last:<10} loans {c.loan_count:>3}  {c.title[:40]}  [{c.reasons}]"
                )
            print(f"{len(found):,} candidates.")
        if args.withdraw:
            with ctx.database.unit_of_work(staff_name=STAFF) as uow:
                result = withdraw_in_bulk(uow, [c.item_id for c in found], args.reason)
            print(f"{result.withdrawn:,} copies withdrawn ({args.reason}).", file=sys.stderr)
            for barcode, why in result.skipped:
                print(f"  skipped {barcode}: {why}", file=sys.stderr)
    finally:
        ctx.database.dispose()
    return 0


def _year_end(args: argparse.Namespace) -> int:
    from lms_desktop.care.backups import backup_folder
    from lms_desktop.circulation.roster import guess_mapping, read_roster
    from lms_desktop.inventory.yearend import (
        YearEndOptions,
        apply_year_end,
        describe_rollover,
        latest_rollover,
        preview_year_end,
        undo_year_end,
    )

    ctx = _open(args)
    try:
        with ctx.database.unit_of_work() as uow:
            folder = backup_folder(uow, ctx.config.backup_dir)
        if args.undo:
            with ctx.database.unit_of_work() as uow:
                latest = latest_rollover(uow)
            if latest is not None:
                print(f"Undoing the rollover {describe_rollover(latest)}…")
            undone = undo_year_end(
                ctx.database,
                folder,
                rollover_id=latest.id if latest else None,
                force=args.force,
            )
            print(
                f"The rollover of {undone.closed_year} is undone: {undone.restored_from} restored."
            )
            print(f"The database as it was is kept in {undone.safety_copy}.")
            return 0
        if not (args.new_year and args.first_day and args.last_day):
            raise ValidationError(
                say(
                    "Give the new year: --new-year 2027-28 --first-day 2027-08-16 "
                    "--last-day 2028-06-02."
                )
            )
        options = YearEndOptions(
            args.new_year, args.first_day, args.last_day, top_grade=args.top_grade,
            fee_policy=args.fees, closed_days=args.closed_days,
            server_backup_confirmed=args.server_backed_up,
        )  # fmt: skip
        roster = read_roster(args.roster) if args.roster else None
        mapping = guess_mapping(roster.headers) if roster else None
        with ctx.database.unit_of_work() as uow:
            preview = preview_year_end(uow, options, roster=roster, mapping=mapping)
        if args.dry_run:
            if args.json:
                print_json({**asdict(preview), "graduating_owing": len(preview.graduating_owing)})
            else:
                _print_preview(preview)
                print("Nothing changed (dry run). Run again with --apply to roll over.")
            return 0
        result = apply_year_end(
            ctx.database, options, folder, roster=roster, mapping=mapping, staff_name=STAFF
        )
        if args.json:
            print_json(asdict(result))
        else:
            print(result.summary)
            print(f"Backup taken before: {result.backup_path}")
            print("Undo with: lms-desktop year-end --undo")
    finally:
        ctx.database.dispose()
    return 0


def _print_preview(preview: YearEndPreview) -> None:
    owing = preview.graduating_owing
    print(f"Year-end: {preview.closed_year} -> {preview.new_year}, top grade {preview.top_grade}")
    print(f"Graduating: {len(preview.graduating)} students, {len(owing)} still with loans or fees:")
    for s in owing:
        print(
            f"  ! {s.name:<28} {s.homeroom:<8} loans {s.open_loans}  fees ${s.fees_cents / 100:.2f}"
        )
    for s in preview.left_with_items:
        print(f"  ! {s.name:<28} {s.note}: loans {s.open_loans}  fees ${s.fees_cents / 100:.2f}")
    for old, new, n in preview.promotions:
        print(f"  grade {old} -> {new}: {n} students")
    if preview.roster_file:
        print(
            f"Roster {preview.roster_file}: {len(preview.homeroom_moves)} homeroom moves, "
            f"{preview.roster_new} new, {preview.roster_missing} not in the roster"
        )
    print(
        f"Fees ({preview.fee_policy}): {preview.fees_to_clear} cleared "
        f"(${preview.fees_to_clear_cents / 100:.2f}), {preview.fees_carried} carried"
    )
    print(f"Closed days cleared: {preview.closed_days_to_clear}")
