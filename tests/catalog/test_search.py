"""Finding titles by keyword, title, author, subject, ISBN, call number and barcode."""

from __future__ import annotations

import pymarc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pymarc import Field, Indicators, Subfield

from lms_desktop.catalog.copies import add_copy, update_copy
from lms_desktop.catalog.records import add_record, delete_record, replace_record
from lms_desktop.catalog.search import SearchKind, fetch_rows, search_catalog, search_words
from lms_desktop.db.unit_of_work import Database


def book(title: str, author: str, subjects: list[str], isbn: str = "") -> pymarc.Record:
    record = pymarc.Record()
    record.leader = pymarc.Leader("00000nam a2200000 a 4500")
    fields = [Field(tag="008", data="200101s2020    xxu           000 0 eng d")]
    if isbn:
        fields.append(
            Field(tag="020", indicators=Indicators(" ", " "), subfields=[Subfield("a", isbn)])
        )
    fields.append(
        Field(tag="100", indicators=Indicators("1", " "), subfields=[Subfield("a", author)])
    )
    fields.append(
        Field(tag="245", indicators=Indicators("1", "0"), subfields=[Subfield("a", title)])
    )
    fields.extend(
        Field(tag="650", indicators=Indicators(" ", "0"), subfields=[Subfield("a", s)])
        for s in subjects
    )
    record.add_field(*fields)
    return record


@pytest.fixture
def shelf(database: Database) -> dict[str, int]:
    titles = {
        "bronte": book("Jane Eyre", "Brontë, Charlotte", ["Governesses"], "978-0-14-144114-6"),
        "garcia": book(
            "Cien años de soledad", "García Márquez, Gabriel", ["Families"], "0060883286"
        ),
        "web": book("Charlotte's web", "White, E. B.", ["Pigs", "Spiders"], "0-06-026385-7"),
        "spiders": book("Spiders of North America", "Bradley, Richard", ["Spiders"]),
    }
    ids: dict[str, int] = {}
    with database.unit_of_work() as uow:
        for key, record in titles.items():
            ids[key] = add_record(uow, record, source="test")
        add_copy(uow, ids["web"], "B-100", call_number="FIC WHI")
        add_copy(uow, ids["spiders"], "B-200", call_number="595.44 BRA")
        missing = add_copy(uow, ids["spiders"], "B-201", call_number="595.44 BRA")
        update_copy(uow, missing, status="missing")
        uow.commit()
    return ids


def found(
    database: Database, query: str, kind: SearchKind = SearchKind.KEYWORD, **kw: bool
) -> set[int]:
    with database.unit_of_work() as uow:
        return set(search_catalog(uow, query, kind, **kw).ids)


def test_keyword_search_ignores_accents_and_case(database: Database, shelf: dict[str, int]) -> None:
    assert found(database, "bronte") == {shelf["bronte"]}
    assert found(database, "GARCIA marquez") == {shelf["garcia"]}
    assert found(database, "años") == found(database, "anos") == {shelf["garcia"]}


def test_keyword_search_needs_every_word_and_the_last_may_be_unfinished(
    database: Database, shelf: dict[str, int]
) -> None:
    assert found(database, "spiders") == {shelf["web"], shelf["spiders"]}
    assert found(database, "spiders north") == {shelf["spiders"]}
    assert found(database, "charlot") == {shelf["bronte"], shelf["web"]}


def test_title_author_and_subject_search_look_only_there(
    database: Database, shelf: dict[str, int]
) -> None:
    assert found(database, "charlotte", SearchKind.TITLE) == {shelf["web"]}
    assert found(database, "charlotte", SearchKind.AUTHOR) == {shelf["bronte"]}
    assert found(database, "pigs", SearchKind.SUBJECT) == {shelf["web"]}
    assert found(database, "pigs", SearchKind.TITLE) == set()


@pytest.mark.parametrize(
    "typed", ["9780060263850", "978-0-06-026385-0", "0060263857", "0-06-026385-7", " 006026385 7 "]
)
def test_isbn_search_takes_10_or_13_digits_with_or_without_hyphens(
    database: Database, shelf: dict[str, int], typed: str
) -> None:
    assert found(database, typed, SearchKind.ISBN) == {shelf["web"]}


def test_call_number_and_barcode_search(database: Database, shelf: dict[str, int]) -> None:
    assert found(database, "595.44", SearchKind.CALL_NUMBER) == {shelf["spiders"]}
    assert found(database, "fic wh", SearchKind.CALL_NUMBER) == {shelf["web"]}
    assert found(database, "B-201", SearchKind.BARCODE) == {shelf["spiders"]}
    assert found(database, "B-2", SearchKind.BARCODE) == set()


def test_availability_is_shown_and_can_filter(database: Database, shelf: dict[str, int]) -> None:
    with database.unit_of_work() as uow:
        result = search_catalog(uow, "spiders")
        rows = {row.id: row for row in fetch_rows(uow, result.ids)}
    assert (rows[shelf["spiders"]].copies, rows[shelf["spiders"]].available) == (2, 1)
    assert rows[shelf["spiders"]].call_number == "595.44 BRA"
    assert found(database, "jane", available_only=True) == set()
    assert found(database, "spiders", available_only=True) == {shelf["web"], shelf["spiders"]}


def test_rows_come_back_in_the_order_asked(database: Database, shelf: dict[str, int]) -> None:
    order = [shelf["spiders"], shelf["bronte"], shelf["web"]]
    with database.unit_of_work() as uow:
        assert [row.id for row in fetch_rows(uow, order)] == order


def test_an_edited_or_deleted_title_is_found_by_its_new_words_only(
    database: Database, shelf: dict[str, int]
) -> None:
    with database.unit_of_work() as uow:
        replace_record(uow, shelf["bronte"], book("Villette", "Brontë, Charlotte", ["Teachers"]))
        delete_record(uow, shelf["garcia"])
        uow.commit()
    assert found(database, "eyre") == set()
    assert found(database, "villette") == {shelf["bronte"]}
    assert found(database, "soledad") == set()


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        'jane"',
        "AND(",
        "NEAR(jane",
        "*",
        "title:jane",
        "-jane",
        "^",
        "jane OR",
        "🕷️ spiders",
        "",
    ],
)
def test_fts_syntax_typed_by_a_user_is_just_text(
    database: Database, shelf: dict[str, int], typed: str
) -> None:
    found(database, typed)  # never raises
    assert search_words("🕷️ spiders") == ["spiders"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=40))
def test_no_input_can_break_any_kind_of_search(
    database: Database, shelf: dict[str, int], typed: str
) -> None:
    with database.unit_of_work() as uow:
        for kind in SearchKind:
            result = search_catalog(uow, typed, kind)
            assert set(result.ids) <= set(shelf.values())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    noise=st.text(alphabet=st.characters(categories=["P", "S", "Zs"]), max_size=6).filter(
        lambda noise: not search_words(noise)
    )
)
def test_a_title_word_wrapped_in_punctuation_still_finds_the_title(
    database: Database, shelf: dict[str, int], noise: str
) -> None:
    assert shelf["bronte"] in found(database, f"{noise}eyre{noise}")
