"""`lms-desktop report` and `lms-desktop labels`: reports and label sheets from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from lms_desktop.bootstrap import AppContext, open_app, workstation_site
from lms_desktop.care.district import resolve_site
from lms_desktop.cli import add_db_option, config_from
from lms_desktop.errors import ValidationError
from lms_desktop.texts import say


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD (e.g. 2026-11-01)"
        ) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from lms_desktop.reports.registry import report_names

    report = subparsers.add_parser(
        "report",
        help="make a report as PDF, CSV or XLSX (see --list)",
        description="Makes one report for a date range. The file type follows the --out "
        "name: .pdf, .csv or .xlsx. Without dates a report uses its usual range (last "
        "month for the monthly summary, today for overdues).",
    )
    add_db_option(report)
    report.add_argument("name", nargs="?", metavar="NAME", help=", ".join(report_names()))
    report.add_argument("--list", action="store_true", help="list the reports and stop")
    report.add_argument("--from", dest="start", type=_date, metavar="DATE")
    report.add_argument("--to", dest="end", type=_date, metavar="DATE")
    report.add_argument("--today", type=_date, metavar="DATE", help="'as of' day (overdues)")
    report.add_argument("--out", type=Path, metavar="FILE", help="FILE.pdf, FILE.csv or FILE.xlsx")
    report.add_argument(
        "--filter",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a report filter, e.g. grade=3, homeroom=4B, language=es, period=day (repeatable)",
    )
    report.add_argument(
        "--site",
        help="the school (code or number), or 0 for the whole district (default: this "
        "computer's school, set by LMS_SITE, else the first school)",
    )
    report.set_defaults(func=_report)

    labels = subparsers.add_parser(
        "labels",
        help="make a PDF of spine, barcode, patron-card or asset-tag labels",
        description="Lays labels out on a sheet (see --list-sheets). Print the PDF at "
        "actual size (100%%). Choose what to print with --barcodes, --range, --new-since, "
        "--homeroom or --all.",
    )
    add_db_option(labels)
    labels.add_argument("kind", nargs="?", choices=["spine", "barcode", "patron", "asset"])
    labels.add_argument("--sheet", metavar="NAME", help="e.g. avery-5160, demco-ws14942260-4line")
    labels.add_argument("--start", type=int, default=1, metavar="N", help="first free position")
    labels.add_argument("--out", type=Path, metavar="FILE.pdf")
    labels.add_argument("--barcodes", default="", metavar="B1,B2,…", help="items or patrons")
    labels.add_argument("--barcode-file", type=Path, metavar="FILE", help="one barcode a line")
    labels.add_argument("--range", nargs=2, metavar=("FIRST", "LAST"), help="a barcode range")
    labels.add_argument("--new-since", type=_date, metavar="DATE", help="items added since")
    labels.add_argument("--homeroom", default="", help="patron cards for one homeroom")
    labels.add_argument("--all", action="store_true", help="every active patron or device")
    labels.add_argument("--symbology", default="", choices=["", "code39", "code128", "codabar"])
    labels.add_argument("--prefix", default="", help="a genre/prefix line on spine labels")
    labels.add_argument("--printer", default="default", help="whose stored offset to apply")
    labels.add_argument("--outline", action="store_true", help="draw label outlines (test page)")
    labels.add_argument("--list-sheets", action="store_true", help="list the sheets and stop")
    labels.set_defaults(func=_labels)


def _report_site(ctx: AppContext, chosen: str | None) -> int | None:
    """The school a report is for: the one asked, the whole district (None) for 0, else
    this computer's school (LMS_SITE), as the Reports screen starts on."""
    if chosen is None:
        return workstation_site(ctx).id
    if chosen.strip().lower() in ("0", "district", "all"):
        return None
    with ctx.database.unit_of_work() as uow:
        return resolve_site(uow, chosen).id


def _report(args: argparse.Namespace) -> int:
    from lms_desktop.reports.common import ReportParams
    from lms_desktop.reports.registry import REPORTS, default_dates, get_report
    from lms_desktop.reports.service import render_report

    if args.list or not args.name:
        for spec in REPORTS:
            print(f"{spec.name:22} {spec.title}")
            print(f"{'':22} {spec.description}")
        return 0 if args.list else 2
    spec = get_report(args.name)
    if args.out is None:
        raise ValidationError(
            say("Say where to write the report with --out FILE.pdf (or .csv, .xlsx).")
        )
    today = args.today or date.today()
    start, end = default_dates(spec, today)
    start, end = args.start or start, args.end or end
    filters = {}
    for item in args.filter:
        key, sep, value = item.partition("=")
        if not sep:
            raise ValidationError(
                say("Write filters as KEY=VALUE (e.g. grade=3), not '{item}'.", item=item)
            )
        filters[key.strip()] = value.strip()
    ctx = open_app(config_from(args))
    try:
        params = ReportParams(
            start,
            end,
            site_id=_report_site(ctx, args.site),
            filters=filters,
            today=args.today or None,
        )
        with ctx.database.unit_of_work() as uow:
            rendered = render_report(uow, spec.name, params, args.out.suffix)
    finally:
        ctx.database.dispose()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(rendered.data)
    print(f"{spec.title} written to {args.out}")
    return 0


def _labels(args: argparse.Namespace) -> int:
    from lms_desktop.labels.service import LabelSelection, make_label_pdf
    from lms_desktop.labels.sheets import all_sheets

    ctx = open_app(config_from(args))
    try:
        with ctx.database.unit_of_work() as uow:
            if args.list_sheets or not args.kind:
                for sheet in all_sheets(uow):
                    mine = " (yours)" if sheet.user_defined else ""
                    print(
                        f"{sheet.code:28} {sheet.name}{mine}: {sheet.per_sheet} labels "
                        f'{sheet.label_width}" x {sheet.label_height}"'
                    )
                return 0 if args.list_sheets else 2
            if not args.sheet or args.out is None:
                raise ValidationError(
                    say("Give the sheet (--sheet NAME) and the file (--out FILE.pdf).")
                )
            barcodes = [b.strip() for b in args.barcodes.split(",") if b.strip()]
            if args.barcode_file:
                barcodes += [
                    line.strip()
                    for line in args.barcode_file.read_text(encoding="utf-8").splitlines()
                    if line.strip()
                ]
            selection = LabelSelection(
                barcodes=tuple(barcodes),
                first_barcode=args.range[0] if args.range else "",
                last_barcode=args.range[1] if args.range else "",
                new_since=args.new_since,
                homeroom=args.homeroom,
                everyone=args.all,
            )
            job = make_label_pdf(
                uow,
                args.kind,
                args.sheet,
                selection,
                start=args.start,
                printer=args.printer,
                symbology=args.symbology,
                prefix=args.prefix,
                outline=args.outline,
            )
    finally:
        ctx.database.dispose()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(job.pdf)
    print(
        f"{job.count} label(s) on {job.pages} sheet(s) of {job.sheet_name} written to {args.out}",
        file=sys.stdout,
    )
    # the file is still written: the librarian decides, but sees what the labels tab shows
    for warning in job.warnings:
        print(f"Check before you print: {warning}", file=sys.stderr)
    return 0
