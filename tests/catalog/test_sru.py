"""Copy cataloging over SRU against Debian's real yaz-ztest server and misbehaving ones."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from lms_desktop.catalog.sru import (
    LIBRARY_OF_CONGRESS_URL,
    SearchBy,
    SruError,
    SruTargetInfo,
    add_library_of_congress,
    build_cql,
    build_search_url,
    delete_target,
    list_targets,
    parse_search_response,
    save_target,
    search_target,
)
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import ValidationError
from tests.catalog.yaz_server import closed_port_url, running_yaz_ztest, silent_server

DATA = Path(__file__).parents[1] / "data" / "yaz-ztest"


@pytest.fixture(scope="module")
def ztest_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_yaz_ztest(tmp_path_factory.mktemp("yaz")) as url:
        yield url


def _target(url: str, name: str = "Test server") -> SruTargetInfo:
    return SruTargetInfo(id=1, name=name, url=url, record_schema="marcxml", enabled=True)


def test_a_title_search_brings_back_marc_records_with_their_titles(ztest_url: str) -> None:
    result = search_target(_target(ztest_url), SearchBy.TITLE, "computer", maximum=5)
    assert result.total == 19  # yaz-ztest derives its hit count from the query text
    assert len(result.hits) == 5
    first = result.hits[0]
    assert first.position == 1
    assert first.title == "How to program a computer"
    assert first.author == "Jack Collins"
    record = first.to_record()
    assert record["245"]["a"] == "How to program a computer"
    assert record["001"].data.strip() == "11224466"


def test_an_isbn_search_accepts_hyphens_and_sru_version_1_2(ztest_url: str) -> None:
    result = search_target(_target(ztest_url + "?version=1.2"), SearchBy.ISBN, "978-0-316-76948-8")
    assert result.query == 'bath.isbn="9780316769488"'
    assert result.total > 0
    assert all(hit.marcxml.startswith("<record") for hit in result.hits)


def test_paging_through_results(ztest_url: str) -> None:
    second_page = search_target(_target(ztest_url), SearchBy.AUTHOR, "collins", start=6, maximum=5)
    assert [hit.position for hit in second_page.hits] == [6, 7, 8, 9, 10]


def test_a_search_with_no_hits_is_an_empty_result_not_an_error(ztest_url: str) -> None:
    # yaz-ztest happens to find nothing for this query text
    result = search_target(_target(ztest_url), SearchBy.TITLE, "zero")
    assert result.total == 0
    assert result.hits == ()


def test_a_wrong_record_schema_is_explained_per_record(ztest_url: str) -> None:
    target = SruTargetInfo(1, "Test server", ztest_url, record_schema="dc", enabled=True)
    result = search_target(target, SearchBy.TITLE, "computer", maximum=2)
    assert result.hits == ()
    assert result.diagnostics
    assert "record 1" in result.diagnostics[0]


def test_a_closed_port_says_the_server_is_down_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(SruError, match="Could not connect to Closed server") as info:
        search_target(_target(closed_port_url(), "Closed server"), SearchBy.TITLE, "cats")
    assert time.monotonic() - started < 5
    assert "try again later" in info.value.message


def test_a_server_that_never_answers_gives_up_within_the_timeout() -> None:
    with silent_server() as url:
        started = time.monotonic()
        with pytest.raises(SruError, match=r"did not answer within 1\.5 seconds"):
            search_target(_target(url, "Silent server"), SearchBy.TITLE, "cats", timeout=1.5)
        elapsed = time.monotonic() - started
    assert 1.4 < elapsed < 5


def test_a_server_that_trickles_bytes_still_stops_at_the_deadline() -> None:
    def trickle(request: httpx.Request) -> httpx.Response:
        def body() -> Iterator[bytes]:
            while True:
                time.sleep(0.1)
                yield b" "

        return httpx.Response(200, content=body())

    started = time.monotonic()
    with pytest.raises(SruError, match="did not answer within"):
        search_target(
            _target("http://slow.invalid/sru", "Slow server"),
            SearchBy.TITLE,
            "cats",
            timeout=0.5,
            transport=httpx.MockTransport(trickle),
        )
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (500, b"oops", "HTTP error 500"),
        (200, b"<html><body>Welcome</body></html>", "'html' reply instead of search results"),
        (200, b"not xml at all", "not an SRU response"),
        (
            200,
            b'<searchRetrieveResponse xmlns="http://www.loc.gov/zing/srw/"><version>1.1'
            b"</version><numberOfRecords>0</numberOfRecords><diagnostics>"
            b'<diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/">'
            b"<uri>info:srw/diagnostic/1/10</uri><message>Query syntax error</message>"
            b"</diagnostic></diagnostics></searchRetrieveResponse>",
            "could not run the search: Query syntax error",
        ),
    ],
)
def test_confused_servers_give_a_clear_message(status: int, body: bytes, message: str) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    with pytest.raises(SruError, match=message):
        search_target(_target("http://x.invalid/"), SearchBy.TITLE, "cats", transport=transport)


def test_the_captured_yaz_response_parses_offline() -> None:
    body = (DATA / "sru_v11_response_sample.xml").read_bytes()
    result = parse_search_response("yaz", "dc.title=computer", body)
    assert result.total == 21
    assert [hit.position for hit in result.hits] == [1, 2]
    assert result.hits[0].title == "How to program a computer"


@pytest.mark.parametrize(
    ("search_by", "text", "cql"),
    [
        (SearchBy.TITLE, "  the   hobbit ", 'dc.title="the hobbit"'),
        (SearchBy.AUTHOR, 'O"Brien', 'dc.creator="O\\"Brien"'),
        (SearchBy.TITLE, "cats AND( dogs*", 'dc.title="cats AND( dogs*"'),
        (SearchBy.ISBN, "0-316-76948-7", 'bath.isbn="0316769487"'),
        (SearchBy.KEYWORD, "back\\slash", 'cql.anywhere="back\\\\slash"'),
    ],
)
def test_user_words_never_break_the_cql(search_by: SearchBy, text: str, cql: str) -> None:
    assert build_cql(search_by, text) == cql


@pytest.mark.parametrize("text", ["", "   ", "12345", "978-0-316-76948-9"])
def test_empty_words_and_bad_isbns_are_refused_before_asking_the_server(text: str) -> None:
    search_by = SearchBy.ISBN if text.strip() else SearchBy.TITLE
    with pytest.raises(ValidationError):
        build_cql(search_by, text)


def test_the_library_of_congress_url_gets_sru_parameters() -> None:
    base, params = build_search_url(LIBRARY_OF_CONGRESS_URL, 'dc.title="x"', "marcxml", 1, 10)
    assert base == "https://lx2.loc.gov:210/LCDB"
    assert params["version"] == "1.1"
    assert params["operation"] == "searchRetrieve"
    assert params["recordSchema"] == "marcxml"
    assert params["maximumRecords"] == "10"


def test_targets_are_kept_in_the_database(database: Database) -> None:
    with database.unit_of_work() as uow:
        loc = add_library_of_congress(uow)
        again = add_library_of_congress(uow)
        local = save_target(uow, "District union catalog", " http://koha.district.example/sru ")
        uow.commit()
    assert again.id == loc.id
    assert local.url == "http://koha.district.example/sru"
    with database.unit_of_work() as uow:
        save_target(uow, "District", local.url, enabled=False, target_id=local.id)
        uow.commit()
    with database.unit_of_work() as uow:
        assert [t.name for t in list_targets(uow)] == ["District", "Library of Congress"]
        assert [t.name for t in list_targets(uow, enabled_only=True)] == ["Library of Congress"]
        delete_target(uow, loc.id)
        uow.commit()
    with database.unit_of_work() as uow:
        assert [t.name for t in list_targets(uow)] == ["District"]


@pytest.mark.parametrize(("name", "url"), [("", "http://x.org/sru"), ("X", "lx2.loc.gov")])
def test_a_target_needs_a_name_and_a_web_address(database: Database, name: str, url: str) -> None:
    with database.unit_of_work() as uow, pytest.raises(ValidationError):
        save_target(uow, name, url)
