"""Sub-commands for the care of the data: backup, restore, export-all, staff, privacy."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from lms_desktop.bootstrap import open_app
from lms_desktop.care.backups import (
    backup_folder,
    latest_good_backup,
    list_backups,
    make_backup,
    preview_backup,
    remembered_backup_folder,
    restore_backup,
    rotation_policy,
)
from lms_desktop.care.district import add_site, list_sites
from lms_desktop.care.export import export_everything
from lms_desktop.care.privacy import anonymize_returned_loans, export_patron_record
from lms_desktop.circulation.models import Patron
from lms_desktop.cli import add_db_option, config_from, describe, print_json
from lms_desktop.config import sqlite_path_of
from lms_desktop.errors import NotFoundError, ValidationError
from lms_desktop.school.access import add_staff, list_staff, set_staff_active, set_staff_pin
from lms_desktop.texts import say


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="back up the database now (or list the backups)",
        description="Copies the library database with SQLite's online backup API (safe "
        "while the app is open) into the backup folder, then removes old backups beyond "
        "7 daily, 4 weekly and 12 monthly (configurable in Settings > Backups).",
    )
    add_db_option(backup)
    backup.add_argument("--to", metavar="FOLDER", help="back up into this folder instead")
    backup.add_argument("--list", action="store_true", help="list the backups with their counts")
    backup.add_argument("--json", action="store_true", help="print the result as JSON")
    backup.set_defaults(func=_backup)

    restore = subparsers.add_parser(
        "restore",
        help="put a backup in place of the database",
        description="Replaces the library database with a backup. Close LMS Desktop on "
        "every computer first. The current database is kept in the backup folder as "
        "before-restore-… (or damaged-… if it is damaged), so a restore can be undone.",
    )
    add_db_option(restore)
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup_file", nargs="?", metavar="BACKUP", help="the backup file")
    which.add_argument("--latest", action="store_true", help="the latest intact backup")
    restore.add_argument("--from", dest="from_folder", metavar="FOLDER", help="look here")
    restore.add_argument("--preview", action="store_true", help="only show what it holds")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(func=_restore)

    export = subparsers.add_parser(
        "export-all",
        help="export everything to MARC, CSV and JSON",
        description="Writes the whole catalog as MARC 21 (catalog.mrc) and every table "
        "(patrons, loans, items, devices, bookings, …) as CSV and JSON into an empty "
        "folder, with manifest.json describing the files.",
    )
    add_db_option(export)
    export.add_argument("folder", type=Path, help="an empty (or new) folder")
    export.set_defaults(func=_export_all)

    staff = subparsers.add_parser(
        "staff",
        help="manage staff sign-in accounts (librarian, aide, kiosk)",
        description="Staff sign in at the desk with their name and PIN. The first account "
        "must be a librarian's. PINs are asked for without echo unless --pin is given.",
    )
    add_db_option(staff)
    actions = staff.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the accounts")
    add_db_option(listing)
    listing.set_defaults(func=_staff_list)
    add = actions.add_parser("add", help="add an account")
    add.add_argument("name")
    add.add_argument("--role", choices=["librarian", "aide", "kiosk"], default="aide")
    add.add_argument("--pin", help="the PIN (4-12 digits); asked for if missing")
    add_db_option(add)
    add.set_defaults(func=_staff_add)
    pin = actions.add_parser("set-pin", help="set a new PIN")
    pin.add_argument("name")
    pin.add_argument("--pin", help="the new PIN; asked for if missing")
    add_db_option(pin)
    pin.set_defaults(func=_staff_set_pin)
    for verb, active in (("disable", False), ("enable", True)):
        sub = actions.add_parser(verb, help=f"{verb} an account")
        sub.add_argument("name")
        add_db_option(sub)
        sub.set_defaults(func=_staff_set_active, active=active)

    site = subparsers.add_parser(
        "site",
        help="schools (sites) in a district database",
        description="A district database holds several schools, each with its own copies, "
        "patrons and loan rules. A new school starts with a copy of the first school's "
        "loan rules.",
    )
    add_db_option(site)
    sactions = site.add_subparsers(title="actions", metavar="ACTION", required=True)
    site_list = sactions.add_parser("list", help="the schools with their counts")
    add_db_option(site_list)
    site_list.set_defaults(func=_site_list)
    site_add = sactions.add_parser("add", help="add a school")
    site_add.add_argument("code", help="a short code, like 'north'")
    site_add.add_argument("name", help="the school's name")
    site_add.add_argument("--timezone", default="America/New_York")
    add_db_option(site_add)
    site_add.set_defaults(func=_site_add)

    privacy = subparsers.add_parser(
        "privacy",
        help="anonymise old loans now, or export one patron's record for a family",
    )
    add_db_option(privacy)
    pactions = privacy.add_subparsers(title="actions", metavar="ACTION", required=True)
    anon = pactions.add_parser("anonymize", help="forget who borrowed returned items")
    anon.add_argument(
        "--days", type=int, help="returned more than DAYS ago (default: the privacy setting)"
    )
    add_db_option(anon)
    anon.set_defaults(func=_privacy_anonymize)
    record = pactions.add_parser("export-patron", help="a patron's whole record as JSON")
    record.add_argument("barcode", help="the patron's card barcode")
    record.add_argument("--out", type=Path, help="write to this file instead of the screen")
    add_db_option(record)
    record.set_defaults(func=_privacy_export_patron)


def _backup(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            folder = Path(args.to) if args.to else backup_folder(uow, ctx.config.backup_dir)
            policy = rotation_policy(uow)
        if args.list:
            previews = [preview_backup(b.path) for b in list_backups(folder)]
            if args.json:
                print_json(
                    [
                        {
                            "file": str(p.path),
                            "taken_at": p.taken_at,
                            "healthy": p.healthy,
                            "problem": p.problem,
                            "counts": p.counts,
                        }
                        for p in previews
                    ]
                )
            elif not previews:
                print(f"No backups in {folder}.")
            for p in [] if args.json else previews:
                state = "ok" if p.healthy else p.problem
                counts = ", ".join(f"{n} {label}" for label, n in p.counts.items())
                print(f"{p.path.name}  {state}  {counts}")
            return 0
        info = make_backup(ctx.database, folder, "manual", policy=policy)
    finally:
        ctx.database.dispose()
    if args.json:
        print_json({"file": str(info.path), "taken_at": info.taken_at, "bytes": info.size_bytes})
    else:
        print(f"Backed up {describe(args)} to {info.path} ({info.size_bytes // 1024} KiB).")
    return 0


def _restore(args: argparse.Namespace) -> int:
    config = config_from(args)
    db_file = sqlite_path_of(config.database_url)
    if db_file is None:
        raise ValidationError(
            say(
                "Restoring is for a library on one computer (a SQLite file). A district "
                "database is restored with PostgreSQL's tools; see docs/DISTRICT.md."
            )
        )
    folder = Path(args.from_folder) if args.from_folder else None
    if folder is None:
        folder = remembered_backup_folder(db_file) or config.backup_dir
    if args.latest:
        chosen = latest_good_backup(folder)
        if chosen is None:
            raise NotFoundError(
                say(
                    "There is no intact backup in {folder}. Plug in the backup drive or name "
                    "the folder with --from.",
                    folder=str(folder),
                )
            )
        path = chosen.path
    else:
        path = Path(args.backup_file)
        if not path.exists() and (folder / path.name).exists():
            path = folder / path.name
        if not path.exists():
            raise NotFoundError(
                say(
                    "There is no backup file {path}. Run 'lms-desktop backup --list'.",
                    path=str(path),
                )
            )
    preview = preview_backup(path)
    taken = f"{preview.taken_at:%Y-%m-%d %H:%M}" if preview.taken_at else "unknown date"
    print(f"Backup {path.name} from {taken}:")
    if not preview.healthy:
        print(f"  it is {preview.problem}; choose another backup.", file=sys.stderr)
        return 1
    for label, n in preview.counts.items():
        print(f"  {n} {label}")
    if args.preview:
        return 0
    if not args.yes:
        answer = input(f"Replace {db_file} with this backup? Type 'yes' to go on: ")
        if answer.strip().lower() != "yes":
            print("Nothing was changed.")
            return 1
    result = restore_backup(db_file, path, folder)
    kept = result.safety_copy or result.moved_aside
    print(f"Restored {db_file} from {path.name}.")
    if kept is not None:
        print(f"The database as it was is kept as {kept}.")
    ctx = open_app(config)  # upgrades an older backup's schema, after backing it up
    ctx.database.dispose()
    return 0


def _export_all(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            summary = export_everything(uow, args.folder)
    finally:
        ctx.database.dispose()
    print(f"Exported everything to {summary.folder}:")
    print(f"  {summary.marc_records} catalog records in catalog.mrc")
    for name in ("patrons", "loans", "items", "devices", "bookings"):
        print(f"  {summary.tables.get(name, 0)} rows in {name}.csv and {name}.json")
    print(f"  and {len(summary.tables) - 5} more tables; see manifest.json")
    return 0


def _read_pin(given: str | None) -> str:
    if given:
        return given
    first = getpass.getpass("PIN (4-12 digits): ")
    again = getpass.getpass("The same PIN again: ")
    if first != again:
        raise ValidationError(say("The two PINs differ. Nothing was changed; try again."))
    return first


def _staff_list(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    with ctx.database.unit_of_work() as uow:
        accounts = list_staff(uow)
    ctx.database.dispose()
    if not accounts:
        print("No staff accounts yet: the app opens as the librarian without sign-in.")
    for account in accounts:
        state = "" if account.active else "  (disabled)"
        print(f"{account.name}  {account.role.value}{state}")
    return 0


def _staff_add(args: argparse.Namespace) -> int:
    pin = _read_pin(args.pin)
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work(staff_name="lms-desktop staff") as uow:
            account = add_staff(uow, args.name, args.role, pin)
            uow.commit()
    finally:
        ctx.database.dispose()
    print(f"Added {account.name} as {account.role.value}.")
    return 0


def _staff_set_pin(args: argparse.Namespace) -> int:
    pin = _read_pin(args.pin)
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work(staff_name="lms-desktop staff") as uow:
            set_staff_pin(uow, args.name, pin)
            uow.commit()
    finally:
        ctx.database.dispose()
    print(f"New PIN set for {args.name}.")
    return 0


def _staff_set_active(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work(staff_name="lms-desktop staff") as uow:
            set_staff_active(uow, args.name, args.active)
            uow.commit()
    finally:
        ctx.database.dispose()
    print(f"{args.name} is {'enabled' if args.active else 'disabled'}.")
    return 0


def _privacy_anonymize(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            count = anonymize_returned_loans(uow, days=args.days)
            uow.commit()
    finally:
        ctx.database.dispose()
    print(f"{count} returned loan(s) no longer say who borrowed them.")
    return 0


def _privacy_export_patron(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            patron_id = uow.session.scalar(select(Patron.id).where(Patron.barcode == args.barcode))
            if patron_id is None:
                raise NotFoundError(
                    say(
                        "No patron has the card {barcode}. Check the barcode.",
                        barcode=args.barcode,
                    )
                )
            record = export_patron_record(uow, patron_id)
    finally:
        ctx.database.dispose()
    text = json.dumps(record, indent=2, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
        print(f"Wrote the record of {args.barcode} to {args.out}.")
    else:
        print(text)
    return 0


def _site_list(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    with ctx.database.unit_of_work() as uow:
        sites = list_sites(uow)
    ctx.database.dispose()
    for s in sites:
        print(f"{s.id}  {s.code}  {s.name}  ({s.items} items, {s.patrons} patrons)")
    return 0


def _site_add(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work(staff_name="lms-desktop site") as uow:
            site = add_site(uow, args.code, args.name, args.timezone)
            uow.commit()
    finally:
        ctx.database.dispose()
    print(
        f"Added {site.name} (code {site.code}, site {site.id}) with the first school's loan rules."
    )
    return 0
