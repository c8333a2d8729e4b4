"""`lms-desktop import-marc`, `export-marc` and `search`: the catalog for scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lms_desktop.bootstrap import open_app
from lms_desktop.catalog.exporter import SUFFIXES, ExportFormat, export_marc
from lms_desktop.catalog.holdings import parse_holdings_spec
from lms_desktop.catalog.importer import (
    ImportOptions,
    ImportReport,
    MatchPoint,
    OnMatch,
    OutcomeStatus,
    import_marc_file,
)
from lms_desktop.catalog.reading import MarcFormat
from lms_desktop.catalog.search import SearchKind, fetch_rows, search_catalog
from lms_desktop.cli import add_db_option, config_from, print_json
from lms_desktop.errors import DomainError, ValidationError
from lms_desktop.texts import say

LISTED_PROBLEMS = 20


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = subparsers.add_parser(
        "import-marc",
        help="import MARC records (.mrc, MARCXML, .mrk) into the catalog",
        description="Imports ISO 2709 (.mrc), MARCXML (.xml) and MarcEdit (.mrk) files, "
        "MARC-8 or UTF-8. A record that matches a title already in the catalog (by "
        "001+003, ISBN or LCCN) is skipped, overlaid or added again as --match says. "
        "Holdings in 852 (or 949, or the field --holdings names) with a barcode become "
        "copies. A bad record is set aside with its position and the reason; the rest of "
        "the file goes in. Exit code 0: every record read; 1: some records were "
        "rejected; 2: a file could not be imported (the files before it are, and their "
        "reports are printed).",
    )
    add_db_option(imp)
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument(
        "--match",
        choices=[m.value for m in OnMatch],
        default=OnMatch.SKIP.value,
        help="what to do with a record already in the catalog: skip it (keep ours, add "
        "its copies), overlay ours with it, or add it as a new title (default: skip)",
    )
    imp.add_argument(
        "--match-on",
        default="control,isbn,lccn",
        metavar="POINTS",
        help="comma-separated match points, in order: control (001+003), isbn, lccn; "
        "'none' adds every record (default: control,isbn,lccn)",
    )
    imp.add_argument(
        "--holdings",
        default="852",
        metavar="852|949|TAG:barcode=p,call=h+i,location=b,price=9|none",
        help="which field holds the copies and in which subfields: 852 ($p barcode, "
        "$k $h $i $m call number, $c or $b location, $9 price), 949 ($i barcode, $a call "
        "number, $l location, $p price), or a tag (852 or 900-999) with its own "
        "subfields, e.g. 949:barcode=i,call=a+b,location=l,price=p; only barcode is "
        "required. 'none' keeps holdings fields in the record and adds no copies "
        "(default: 852)",
    )
    imp.add_argument("--item-type", default="book", help="item type of the new copies")
    imp.add_argument("--location", default="", help="location for copies that name none")
    imp.add_argument(
        "--format",
        choices=[f.value for f in MarcFormat],
        help="the file format (default: from the file name or its first bytes)",
    )
    imp.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="one transaction per file: if stopped, nothing of that file is kept",
    )
    imp.add_argument("--json", action="store_true", help="print the reports as JSON")
    imp.set_defaults(func=_import_marc)

    exp = subparsers.add_parser(
        "export-marc",
        help="export the catalog as ISO 2709, MARCXML or .mrk, copies as 852",
        description="Writes every title (or the ones given with --ids) with its copies as "
        "holdings: a copy imported from a holdings field gets that field back whole, with "
        "its barcode, call number, location and price brought up to date; a copy added "
        "in the app is an 852 ($b location, $h call number, $p barcode, $9 price). The "
        "format follows --format, else the file name (.mrc, .xml, .mrk).",
    )
    add_db_option(exp)
    exp.add_argument("out", type=Path, metavar="OUT")
    exp.add_argument("--format", choices=[f.value for f in ExportFormat])
    exp.add_argument("--ids", metavar="ID,ID,…", help="only these title ids")
    exp.add_argument("--no-holdings", action="store_true", help="leave the copies out")
    exp.add_argument("--json", action="store_true", help="print the result as JSON")
    exp.set_defaults(func=_export_marc)

    search = subparsers.add_parser(
        "search",
        help="search the catalog",
        description="Keyword search (accents and case do not matter; the last word may be "
        "unfinished), or search one field with --by.",
    )
    add_db_option(search)
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--by", choices=[k.value for k in SearchKind], default=SearchKind.KEYWORD.value
    )
    search.add_argument("--available", action="store_true", help="only titles on the shelf")
    search.add_argument("--limit", type=int, default=20, help="rows to show (default 20)")
    search.add_argument("--json", action="store_true", help="print the result as JSON")
    search.set_defaults(func=_search)


def _options(args: argparse.Namespace) -> ImportOptions:
    points_text = args.match_on.strip().lower()
    points: tuple[MatchPoint, ...] = ()
    if points_text != "none":
        try:
            points = tuple(MatchPoint(p.strip()) for p in points_text.split(",") if p.strip())
        except ValueError as exc:
            raise ValidationError(
                say(
                    "--match-on {value} is not understood. Use a comma-separated list "
                    "of control, isbn and lccn, or none.",
                    value=repr(args.match_on),
                )
            ) from exc
    holdings = parse_holdings_spec(args.holdings)
    return ImportOptions(
        match_points=points,
        on_match=OnMatch(args.match),
        holdings=holdings,
        item_type=args.item_type,
        default_location=args.location,
        all_or_nothing=args.all_or_nothing,
    )


def _import_marc(args: argparse.Namespace) -> int:
    options = _options(args)
    ctx = open_app(config_from(args))
    reports: list[ImportReport] = []
    failure: DomainError | None = None
    try:
        for path in args.files:
            try:
                with ctx.database.unit_of_work() as uow:
                    report = import_marc_file(
                        uow, path, options, fmt=MarcFormat(args.format) if args.format else None
                    )
            except DomainError as exc:
                # the files before this one are in the catalog: say so, with their reports
                failure = exc
                break
            reports.append(report)
            if not args.json:
                _print_report(report)
    finally:
        ctx.database.dispose()
    if args.json:
        print_json([r.as_dict() for r in reports])
    if failure is not None:
        done = ", ".join(r.file_name for r in reports)
        left = [str(p) for p in args.files[len(reports) + 1 :]]
        print(f"lms-desktop: {failure.message}", file=sys.stderr)
        if done:
            print(f"lms-desktop: imported before it: {done}.", file=sys.stderr)
        if left:
            print(f"lms-desktop: not imported: {', '.join(left)}.", file=sys.stderr)
        return 2
    return 1 if any(r.rejected for r in reports) else 0


def _print_report(report: ImportReport) -> None:
    print(report.summary())
    if report.read == 0:
        print("  No MARC records were found in this file. Is it a MARC file?")
    problems = [
        o for o in report.outcomes if o.status is OutcomeStatus.REJECTED or "Repaired:" in o.message
    ]
    for outcome in problems[:LISTED_PROBLEMS]:
        print(f"  - {outcome.describe()}")
    if len(problems) > LISTED_PROBLEMS:
        print(f"  … and {len(problems) - LISTED_PROBLEMS} more (use --json for all)")


def _export_marc(args: argparse.Namespace) -> int:
    out: Path = args.out
    if args.format:
        fmt = ExportFormat(args.format)
    else:
        by_suffix = {suffix: f for f, suffix in SUFFIXES.items()}
        fmt = by_suffix.get(out.suffix.lower(), ExportFormat.ISO2709)
    ids = None
    if args.ids:
        try:
            ids = [int(part) for part in args.ids.split(",") if part.strip()]
        except ValueError as exc:
            raise ValidationError(
                say(
                    "--ids {value} is not a list of title numbers such as 12,15,30.",
                    value=repr(args.ids),
                )
            ) from exc
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            report = export_marc(
                uow, out, fmt, record_ids=ids, include_holdings=not args.no_holdings
            )
    finally:
        ctx.database.dispose()
    if args.json:
        print_json(
            {
                "path": report.path,
                "format": report.format.value,
                "records": report.records,
                "copies": report.copies,
                "left_out": list(report.left_out),
            }
        )
    else:
        print(report.summary())
        for reason in report.left_out:
            print(f"  - {reason}", file=sys.stderr)
    return 0


def _search(args: argparse.Namespace) -> int:
    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            result = search_catalog(
                uow, args.query, SearchKind(args.by), available_only=args.available
            )
            rows = fetch_rows(uow, result.ids[: max(0, args.limit)])
    finally:
        ctx.database.dispose()
    if args.json:
        print_json(
            {
                "query": args.query,
                "by": args.by,
                "total": len(result.ids),
                "more_than_total": result.truncated,
                "results": [
                    {
                        "id": r.id,
                        "title": r.title,
                        "author": r.author,
                        "year": r.publication_year,
                        "call_number": r.call_number,
                        "copies": r.copies,
                        "available": r.available,
                    }
                    for r in rows
                ],
            }
        )
        return 0
    total = f"{len(result.ids)}{'+' if result.truncated else ''}"
    print(f"{total} titles found for “{args.query}”.")
    for r in rows:
        year = f" ({r.publication_year})" if r.publication_year else ""
        where = f" [{r.call_number}]" if r.call_number else ""
        print(f"  #{r.id} {r.title}{year} — {r.author}{where}: {r.available} of {r.copies} in")
    return 0
