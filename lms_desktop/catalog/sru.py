"""Copy cataloging over SRU: configured targets, CQL searches by ISBN/title/author, MARCXML hits."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx
import pymarc
from lxml import etree
from sqlalchemy import select
from stdnum import isbn as stdnum_isbn

from lms_desktop.catalog.display import derive_display
from lms_desktop.catalog.models import SruTarget
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import DomainError, NotFoundError, ValidationError
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import joined, say

DEFAULT_TIMEOUT_SECONDS = 10.0
DEFAULT_PAGE_SIZE = 10
DEFAULT_SRU_VERSION = "1.1"
MAX_RESPONSE_BYTES = 20_000_000
MARCXML_NAMESPACE = "http://www.loc.gov/MARC21/slim"

LIBRARY_OF_CONGRESS_NAME = "Library of Congress"
LIBRARY_OF_CONGRESS_URL = "https://lx2.loc.gov:210/LCDB"


class SruError(DomainError):
    """A copy-cataloging server could not be reached or did not give usable records."""


class SearchBy(StrEnum):
    ISBN = "isbn"
    TITLE = "title"
    AUTHOR = "author"
    KEYWORD = "keyword"


# Bath and Dublin Core context sets: the Library of Congress, Koha, Evergreen and YAZ
# servers all understand these index names.
CQL_INDEX = {
    SearchBy.ISBN: "bath.isbn",
    SearchBy.TITLE: "dc.title",
    SearchBy.AUTHOR: "dc.creator",
    SearchBy.KEYWORD: "cql.anywhere",
}


@dataclass(frozen=True)
class SruTargetInfo:
    id: int
    name: str
    url: str
    record_schema: str
    enabled: bool


@dataclass(frozen=True)
class SruHit:
    """One record found on a target, kept as MARCXML so it can cross threads unchanged."""

    position: int
    title: str
    author: str
    publisher: str
    year: int | None
    isbns: tuple[str, ...]
    marcxml: str

    def to_record(self) -> pymarc.Record:
        records = pymarc.parse_xml_to_array(io.BytesIO(self.marcxml.encode("utf-8")))
        if not records or records[0] is None:
            raise SruError(say("This record could not be read. Try another result."))
        record: pymarc.Record = records[0]
        return record


@dataclass(frozen=True)
class SruSearchResult:
    target_name: str
    query: str
    total: int
    hits: tuple[SruHit, ...]
    diagnostics: tuple[str, ...] = ()  # records the server could not send, with its reason


# targets -------------------------------------------------------------------------------


def _info(target: SruTarget) -> SruTargetInfo:
    return SruTargetInfo(
        id=target.id,
        name=target.name,
        url=target.url,
        record_schema=target.record_schema,
        enabled=target.enabled,
    )


def check_target_url(url: str) -> str:
    """The URL trimmed, or a ValidationError saying what a target address looks like."""
    cleaned = url.strip()
    parts = urlsplit(cleaned)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            say(
                "'{url}' is not a web address. An SRU target looks like "
                "{example} (http:// or https://, server, port and database).",
                url=url,
                example=LIBRARY_OF_CONGRESS_URL,
            )
        )
    return cleaned


def list_targets(uow: UnitOfWork, *, enabled_only: bool = False) -> tuple[SruTargetInfo, ...]:
    query = select(SruTarget).order_by(SruTarget.name, SruTarget.id)
    if enabled_only:
        query = query.where(SruTarget.enabled.is_(True))
    return tuple(_info(target) for target in uow.session.scalars(query))


def get_target(uow: UnitOfWork, target_id: int) -> SruTargetInfo:
    target = uow.session.get(SruTarget, target_id)
    if target is None:
        raise NotFoundError(say("That copy-cataloging server is no longer set up. Choose another."))
    return _info(target)


def save_target(
    uow: UnitOfWork,
    name: str,
    url: str,
    record_schema: str = "marcxml",
    enabled: bool = True,
    target_id: int | None = None,
) -> SruTargetInfo:
    """Add a target (no id) or change one; the caller commits. Librarian only."""
    require_permission(uow, Permission.EDIT_SETTINGS)
    name = name.strip()
    if not name:
        raise ValidationError(say("Give the server a name, for example 'Library of Congress'."))
    url = check_target_url(url)
    schema = record_schema.strip() or "marcxml"
    if target_id is None:
        target = SruTarget(name=name, url=url, record_schema=schema, enabled=enabled)
        uow.session.add(target)
    else:
        found = uow.session.get(SruTarget, target_id)
        if found is None:
            raise NotFoundError(say("That copy-cataloging server was removed meanwhile."))
        target = found
        target.name, target.url, target.record_schema = name, url, schema
        target.enabled = enabled
    uow.flush()
    return _info(target)


def delete_target(uow: UnitOfWork, target_id: int) -> None:
    require_permission(uow, Permission.EDIT_SETTINGS)
    target = uow.session.get(SruTarget, target_id)
    if target is not None:
        uow.session.delete(target)
        uow.flush()


def add_library_of_congress(uow: UnitOfWork) -> SruTargetInfo:
    """Add the Library of Congress preset unless a target with its address exists."""
    existing = uow.session.scalars(
        select(SruTarget).where(SruTarget.url == LIBRARY_OF_CONGRESS_URL)
    ).first()
    if existing is not None:
        return _info(existing)
    return save_target(uow, LIBRARY_OF_CONGRESS_NAME, LIBRARY_OF_CONGRESS_URL)


# queries -------------------------------------------------------------------------------


def _quote_cql(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def build_cql(search_by: SearchBy, text: str) -> str:
    """A CQL query for the user's words; quotes and operators in them stay plain text."""
    words = " ".join(text.split())
    if not words:
        raise ValidationError(say("Type an ISBN, a title or an author to search for."))
    if search_by is SearchBy.ISBN:
        compact = str(stdnum_isbn.compact(words))
        if not stdnum_isbn.is_valid(compact):
            raise ValidationError(
                say(
                    "'{words}' is not a valid ISBN. Check the digits on the back of the book "
                    "(10 or 13 digits; hyphens are fine).",
                    words=words,
                )
            )
        words = compact
    return f"{CQL_INDEX[search_by]}={_quote_cql(words)}"


def build_search_url(
    target_url: str, cql: str, record_schema: str, start: int, maximum: int
) -> tuple[str, dict[str, str]]:
    """Base URL and parameters; parameters already in the target URL (version=…) win."""
    parts = urlsplit(target_url)
    params = {
        "version": DEFAULT_SRU_VERSION,
        "operation": "searchRetrieve",
        "recordSchema": record_schema or "marcxml",
        "recordPacking": "xml",
    }
    params.update(dict(parse_qsl(parts.query)))
    params.update({"query": cql, "startRecord": str(start), "maximumRecords": str(maximum)})
    base = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))
    return base, params


def search_target(
    target: SruTargetInfo,
    search_by: SearchBy,
    text: str,
    *,
    start: int = 1,
    maximum: int = DEFAULT_PAGE_SIZE,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    transport: httpx.BaseTransport | None = None,
) -> SruSearchResult:
    """Search one target; a server that is down, slow or confused raises SruError in time."""
    cql = build_cql(search_by, text)
    base, params = build_search_url(target.url, cql, target.record_schema, start, maximum)
    body = _fetch(target.name, base, params, timeout, transport)
    return parse_search_response(target.name, cql, body)


def _fetch(
    name: str,
    url: str,
    params: dict[str, str],
    timeout: float,
    transport: httpx.BaseTransport | None,
) -> bytes:
    host = urlsplit(url).netloc
    deadline = time.monotonic() + timeout
    try:
        with (
            httpx.Client(timeout=httpx.Timeout(timeout), transport=transport) as client,
            client.stream("GET", url, params=params) as response,
        ):
            if response.status_code != 200:
                raise SruError(
                    say(
                        "{name} answered with HTTP error {status}. Check the server address "
                        "in Settings > Copy cataloging, or try again later.",
                        name=name,
                        status=response.status_code,
                    )
                )
            return _read_until(name, response.iter_bytes(), deadline, timeout)
    except httpx.TimeoutException as exc:
        raise _too_slow(name, timeout) from exc
    except httpx.ConnectError as exc:
        raise SruError(
            say(
                "Could not connect to {name} ({host}): the server is down or the address is "
                "wrong. Check the address in Settings > Copy cataloging, your network "
                "connection, or try again later.",
                name=name,
                host=host,
            )
        ) from exc
    except httpx.HTTPError as exc:
        raise SruError(
            say(
                "The connection to {name} ({host}) failed: {error}. "
                "Try again later or choose another server.",
                name=name,
                host=host,
                error=exc.__class__.__name__,
            )
        ) from exc


def _read_until(name: str, chunks: Iterator[bytes], deadline: float, timeout: float) -> bytes:
    # httpx's timeouts apply per read; a server trickling bytes must still stop in time.
    buffer = bytearray()
    for chunk in chunks:
        buffer.extend(chunk)
        if time.monotonic() > deadline:
            raise _too_slow(name, timeout)
        if len(buffer) > MAX_RESPONSE_BYTES:
            raise SruError(
                say("{name} sent far more data than a page of records. Search again.", name=name)
            )
    return bytes(buffer)


def _too_slow(name: str, timeout: float) -> SruError:
    return SruError(
        say(
            "{name} did not answer within {timeout:g} seconds. The server may be busy or down; "
            "try again in a few minutes or search another server.",
            name=name,
            timeout=timeout,
        )
    )


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if _local(child) == name]


def _child_text(element: etree._Element, name: str) -> str:
    found = _children(element, name)
    return (found[0].text or "").strip() if found else ""


def _diagnostic_text(diagnostic: etree._Element) -> str:
    """The server's own words for a problem (its message, else its diagnostic URI)."""
    message = _child_text(diagnostic, "message")
    details = _child_text(diagnostic, "details")
    uri = _child_text(diagnostic, "uri")
    text = message or uri or say("unknown problem")
    return say("{what} ({note})", what=text, note=details) if details else text


def parse_search_response(target_name: str, cql: str, body: bytes) -> SruSearchResult:
    """Hits and count from a searchRetrieve response (SRU 1.1 or 1.2)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise SruError(
            say(
                "{name} sent a reply that is not an SRU response. Check that the address "
                "in Settings > Copy cataloging is an SRU server.",
                name=target_name,
            )
        ) from exc
    if _local(root) != "searchRetrieveResponse":
        raise SruError(
            say(
                "{name} sent a '{reply}' reply instead of search results. Check "
                "that the address in Settings > Copy cataloging is an SRU server.",
                name=target_name,
                reply=_local(root),
            )
        )
    for diagnostics in _children(root, "diagnostics"):
        found = [_diagnostic_text(d) for d in diagnostics if _local(d) == "diagnostic"]
        if found:
            raise SruError(
                say(
                    "{name} could not run the search: {problems}. Try fewer or different words.",
                    name=target_name,
                    problems=joined(*found, sep="; "),
                )
            )
    total_text = _child_text(root, "numberOfRecords")
    total = int(total_text) if total_text.isdigit() else 0
    hits: list[SruHit] = []
    problems: list[str] = []
    for records in _children(root, "records"):
        for index, record in enumerate(_children(records, "record"), start=1):
            position_text = _child_text(record, "recordPosition")
            position = int(position_text) if position_text.isdigit() else index
            hit, problem = _parse_record(record, position)
            if hit is not None:
                hits.append(hit)
            elif problem:
                problems.append(
                    say("record {position}: {problem}", position=position, problem=problem)
                )
    return SruSearchResult(
        target_name=target_name,
        query=cql,
        total=total,
        hits=tuple(hits),
        diagnostics=tuple(problems),
    )


def _parse_record(record: etree._Element, position: int) -> tuple[SruHit | None, str]:
    data = _children(record, "recordData")
    if not data:
        return None, say("no record data")
    container = data[0]
    elements = [child for child in container if isinstance(child.tag, str)]
    if not elements and (container.text or "").strip():
        # recordPacking=string: the record is escaped XML text
        try:
            elements = [etree.fromstring(container.text.strip().encode("utf-8"))]
        except etree.XMLSyntaxError:
            return None, say("the server sent a damaged record")
    if not elements:
        return None, say("empty record")
    element = elements[0]
    if _local(element) == "diagnostic":
        return None, _diagnostic_text(element)
    if _local(element) != "record":
        return None, say(
            "not a MARCXML record ({kind}); set the record schema to marcxml",
            kind=_local(element),
        )
    marcxml = _as_marcxml(element)
    records = pymarc.parse_xml_to_array(io.BytesIO(marcxml.encode("utf-8")))
    if not records or records[0] is None:
        return None, say("the record could not be read")
    display = derive_display(records[0])
    isbns = tuple(value for kind, value in display.identifiers if kind == "isbn")
    return (
        SruHit(
            position=position,
            title=display.title,
            author=display.author,
            publisher=display.publisher,
            year=display.publication_year,
            isbns=isbns,
            marcxml=marcxml,
        ),
        "",
    )


def _as_marcxml(element: etree._Element) -> str:
    """The record as a standalone MARCXML document in the slim namespace."""
    if etree.QName(element).namespace == MARCXML_NAMESPACE:
        return str(etree.tostring(element, encoding="unicode"))
    # some servers send the record without a namespace: put it in the MARCXML one
    copy = etree.fromstring(etree.tostring(element))
    for node in copy.iter():
        if isinstance(node.tag, str):
            node.tag = f"{{{MARCXML_NAMESPACE}}}{etree.QName(node).localname}"
    etree.cleanup_namespaces(copy)
    return str(etree.tostring(copy, encoding="unicode"))
