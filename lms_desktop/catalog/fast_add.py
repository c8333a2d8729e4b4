"""Fast add: a book in hand (title, author, ISBN, call number, barcode) becomes a MARC record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pymarc
from stdnum import isbn as stdnum_isbn

from lms_desktop.catalog.copies import add_copy, clean_barcode
from lms_desktop.catalog.records import add_record
from lms_desktop.catalog.search import SearchKind, search_catalog
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import ValidationError
from lms_desktop.texts import say

FAST_ADD_SOURCE = "fast add"
# leader: new, language material, monograph, Unicode, encoding level 7 (minimal), ISBD
FAST_ADD_LEADER = "00000nam a22000007i 4500"
# English initial articles and how many characters 245 ind2 must skip for filing
_ARTICLES = ("the ", "an ", "a ")


@dataclass(frozen=True)
class FastAddInput:
    title: str
    author: str = ""
    isbn: str = ""
    call_number: str = ""
    barcode: str = ""
    location: str = ""
    item_type: str = "book"
    publication_year: int | None = None


@dataclass(frozen=True)
class FastAddResult:
    record_id: int
    item_id: int | None
    title: str
    barcode: str
    added_to_existing_title: bool  # the ISBN was already in the catalog


def nonfiling_characters(title: str) -> int:
    lowered = title.lower()
    for article in _ARTICLES:
        if lowered.startswith(article):
            return len(article)
    return 0


def clean_isbn(text: str) -> str:
    """The ISBN without hyphens, or '' for no ISBN; a wrong check digit is refused."""
    value = str(stdnum_isbn.compact(text or ""))
    if not value:
        return ""
    if not stdnum_isbn.is_valid(value):
        raise ValidationError(
            say(
                "“{text}” is not a valid ISBN. Check the digits on the back of the book, "
                "or leave the ISBN empty.",
                text=text.strip(),
            )
        )
    return value


def build_fast_add_record(data: FastAddInput, today: date) -> pymarc.Record:
    """A minimal-level MARC 21 book record (leader/17 = 7) with 008, 020, 1XX, 245, 09X."""
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError(
            say("Type the title of the book; it is the one thing a record needs.")
        )
    author = " ".join(data.author.split())
    isbn = clean_isbn(data.isbn)
    call_number = " ".join(data.call_number.split())
    year = f"{data.publication_year:04d}" if data.publication_year else "uuuu"
    date_type = "s" if data.publication_year else "n"
    # 00-05 entered, 06 date type, 07-14 dates, 15-17 place unknown, 18-34 books
    # (conference/festschrift/index 0, literary form unknown), 35-37 language, 39 other source
    books = "    " + " " + " " + "    " + " " + "000" + " " + "u" + " "
    fixed = f"{today:%y%m%d}{date_type}{year}    " + "xx " + books + "eng" + " " + "d"
    assert len(fixed) == 40, fixed
    record = pymarc.Record(leader=FAST_ADD_LEADER, force_utf8=True)
    record.add_field(pymarc.Field(tag="008", data=fixed))
    if isbn:
        record.add_field(
            pymarc.Field(
                tag="020",
                indicators=pymarc.Indicators(" ", " "),
                subfields=[pymarc.Subfield("a", isbn)],
            )
        )
    if call_number:
        # 092 is the locally assigned Dewey number; anything else goes in 099 (local, free text)
        tag = "092" if call_number[:1].isdigit() else "099"
        record.add_field(
            pymarc.Field(
                tag=tag,
                indicators=pymarc.Indicators(" ", " "),
                subfields=[pymarc.Subfield("a", call_number)],
            )
        )
    if author:
        record.add_field(
            pymarc.Field(
                tag="100",
                # a comma means "Surname, Forename" (ind1 1); otherwise as written (ind1 0)
                indicators=pymarc.Indicators("1" if "," in author else "0", " "),
                subfields=[pymarc.Subfield("a", author + ("" if author.endswith(".") else "."))],
            )
        )
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1" if author else "0", str(nonfiling_characters(title))),
            subfields=[pymarc.Subfield("a", title + ("" if title.endswith(".") else "."))],
        )
    )
    return record


def fast_add(
    uow: UnitOfWork,
    data: FastAddInput,
    today: date | None = None,
    *,
    copied_record: pymarc.Record | None = None,
    copied_from: str = "",
) -> FastAddResult:
    """Catalog a book in hand, with its copy if a barcode is given; the caller commits.

    A book whose ISBN is already in the catalog gets a new copy on that title instead of
    a second, thinner record. `copied_record` (a full record found by copy cataloging)
    is stored instead of the minimal record built from the boxes.
    """
    record = build_fast_add_record(data, today or date.today())
    source = FAST_ADD_SOURCE
    if copied_record is not None:
        record, source = copied_record, f"SRU: {copied_from}" if copied_from else "SRU"
    barcode = clean_barcode(data.barcode) if data.barcode.strip() else ""
    isbn = clean_isbn(data.isbn)
    existing = search_catalog(uow, isbn, SearchKind.ISBN, limit=1).ids if isbn else ()
    record_id = existing[0] if existing else add_record(uow, record, source)
    item_id = None
    if barcode:
        item_id = add_copy(
            uow,
            record_id,
            barcode,
            call_number=data.call_number,
            location=data.location,
            item_type=data.item_type,
            acquired_on=today or date.today(),
        )
    return FastAddResult(
        record_id=record_id,
        item_id=item_id,
        title=" ".join(data.title.split()),
        barcode=barcode,
        added_to_existing_title=bool(existing),
    )
