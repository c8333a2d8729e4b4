"""Domain messages stay plain English text for everyone, and each one can be translated."""

from __future__ import annotations

import copy
import importlib.util
import json
import pickle
import queue
import sys
import threading
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select

from lms_desktop.circulation.context import invalidate_cache
from lms_desktop.circulation.models import Item
from lms_desktop.db.unit_of_work import Database
from lms_desktop.errors import PermissionDeniedError
from lms_desktop.makerspace.certificates import check_certificate_for_item
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import Text, day_text, joined, say, text_from_json, text_to_json
from tests.makerspace.school_setup import set_up_riverside

ROOT = Path(__file__).resolve().parents[1]
SPANISH_TS = ROOT / "lms_desktop" / "resources" / "translations" / "lms_desktop_es.ts"


@pytest.fixture(scope="module")
def extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_domain_texts", ROOT / "scripts" / "extract_domain_texts.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _checkout_message() -> Text:
    label = say("“{title}” ({barcode})", title="Atlas", barcode="31000")
    return say(
        "Checked out {item} to {name}. Due {due}.",
        item=label,
        name="Ana López",
        due=day_text(date(2026, 12, 15)),
    )


def test_a_message_is_its_english_text_for_every_existing_caller() -> None:
    message = _checkout_message()
    assert message == "Checked out “Atlas” (31000) to Ana López. Due Tue Dec 15."
    assert isinstance(message, str)
    assert message.startswith("Checked out")
    assert f"{message}" == str(message) == message
    assert json.dumps({"message": message}) == json.dumps({"message": str(message)})
    assert {message: 1}[str(message)] == 1
    assert message.template == "Checked out {item} to {name}. Due {due}."
    assert message.values["name"] == "Ana López"
    assert message.values["item"].template == "“{title}” ({barcode})"


def test_a_message_survives_pickling_and_copying_with_its_template() -> None:
    message = _checkout_message()
    for again in (
        pickle.loads(pickle.dumps(message)),
        pickle.loads(pickle.dumps(message, protocol=0)),
        copy.copy(message),
        copy.deepcopy(message),
    ):
        assert isinstance(again, Text)
        assert again == message
        assert again.template == message.template
        assert isinstance(again.values["item"], Text)
        assert again.values["item"].template == "“{title}” ({barcode})"


def test_a_message_crosses_to_another_thread_unchanged() -> None:
    answers: queue.Queue[str] = queue.Queue()
    worker = threading.Thread(target=lambda: answers.put(_checkout_message()))
    worker.start()
    worker.join()
    received = answers.get_nowait()
    assert isinstance(received, Text)
    assert received.values["due"].template == "{weekday} {month} {day}"


def test_messages_said_one_after_another_keep_each_template() -> None:
    message = joined(_checkout_message(), say("Their hold is filled."), "")
    assert message == (
        "Checked out “Atlas” (31000) to Ana López. Due Tue Dec 15. Their hold is filled."
    )
    assert [part.template for part in message.values.values()] == [
        "Checked out {item} to {name}. Due {due}.",
        "Their hold is filled.",
    ]


def test_a_message_written_to_json_reads_back_translatable() -> None:
    message = _checkout_message()
    again = text_from_json(json.loads(json.dumps(text_to_json(message))))
    assert again == message
    assert isinstance(again, Text) and again.template == message.template
    assert text_from_json("Checked in.") == "Checked in."
    assert text_from_json({"template": "Due {due}.", "values": {}}) == "Due {due}."


def test_every_domain_message_is_in_the_spanish_translation_file(extractor: ModuleType) -> None:
    """A developer who writes say("…") in the domain runs scripts/extract_domain_texts.py;
    forgetting to means the Spanish desk would show that message in English."""
    problems = [str(problem) for problem in extractor.problems_in(SPANISH_TS)]
    assert problems == [], "\n".join(problems)


def test_the_check_catches_a_missing_template_and_a_misspelt_placeholder(
    extractor: ModuleType, tmp_path: Path
) -> None:
    found, _problems = extractor.scan_code()
    assert {"{weekday} {month} {day}", "Tue", "Dec"} <= set(found)
    ts = tmp_path / "lms_desktop_es.ts"
    text = SPANISH_TS.read_text(encoding="utf-8")
    broken = text.replace("<source>Dec</source>", "<source>December</source>").replace(
        "<translation>{weekday} {day} de {month}</translation>",
        "<translation>{weekday} {dia} de {month}</translation>",
        1,
    )
    assert broken.count("{dia}") == 1 and "<source>December</source>" in broken
    ts.write_text(broken, encoding="utf-8")
    problems = "\n".join(str(problem) for problem in extractor.problems_in(ts))
    assert "'Dec' is not in lms_desktop_es.ts" in problems
    assert "'{weekday} {dia} de {month}' has other placeholders" in problems


def test_the_extractor_adds_what_is_missing_and_keeps_the_rest_byte_for_byte(
    extractor: ModuleType, tmp_path: Path
) -> None:
    ts = tmp_path / "lms_desktop_es.ts"
    ts.write_text(SPANISH_TS.read_text(encoding="utf-8"), encoding="utf-8")
    extractor.update_ts(ts)
    # the committed file is current; where in the code a template sits may have moved
    # (an edit above a say() call) without anything for a translator to do
    assert _without_locations(ts.read_text(encoding="utf-8")) == _without_locations(
        SPANISH_TS.read_text(encoding="utf-8")
    ), "run scripts/extract_domain_texts.py"
    ts.write_text(SPANISH_TS.read_text(encoding="utf-8"), encoding="utf-8")
    found, _problems = extractor.scan_code()
    found["A message only this test says about {what}."] = extractor.Found(
        "A message only this test says about {what}.", [("circulation/loans.py", 1)]
    )
    assert extractor.update_ts(ts, found)
    updated = ts.read_text(encoding="utf-8")
    assert (
        "        <source>A message only this test says about {what}.</source>\n"
        '        <translation type="unfinished"></translation>\n'
    ) in updated
    before, after = SPANISH_TS.read_text(encoding="utf-8"), updated
    start = before.index("<context>\n    <name>domain</name>")
    assert after[:start] == before[:start]
    assert after.endswith(before[before.index("</context>\n", start) :])


def test_a_say_call_with_a_computed_template_is_reported(extractor: ModuleType) -> None:
    assert extractor._bad_placeholders("Due {}.")
    assert extractor._bad_placeholders("Due {0}.")
    assert not extractor._bad_placeholders("Due {due:%a}.")


def test_an_aide_refused_a_librarian_job_gets_the_same_english_and_a_translatable_reason(
    database: Database,
) -> None:
    """The aide at the desk tries to waive a fee: the refusal reads as before, and the
    Spanish desk can say it (who, role and action each translated)."""
    with (
        database.unit_of_work("Sam", staff_role="aide") as uow,
        pytest.raises(PermissionDeniedError) as refused,
    ):
        require_permission(uow, Permission.WAIVE_FEES)
    message = refused.value.message
    assert message == (
        "Sam is signed in as a student aide and cannot waive fees. "
        "Ask the librarian to sign in to do this."
    )
    assert isinstance(message, Text)
    assert message.template == (
        "{who} is signed in as a {role} and cannot {action}. "
        "Ask the librarian to sign in to do this."
    )
    assert message.values["role"].template == "student aide"
    assert message.values["action"].template == "waive fees"


def test_the_training_refusal_at_the_desk_reads_as_before_and_is_translatable(
    database: Database,
) -> None:
    """Ava has never been trained on the laser cutter: the desk refuses it with the same
    English as ever, and every part of the reason has its own template for the Spanish."""
    invalidate_cache()
    school = set_up_riverside(database)
    with database.unit_of_work("Ms. Librarian") as uow:
        item_id = uow.session.scalar(select(Item.id).where(Item.barcode == "MK-LASER-1"))
        assert item_id is not None
        with pytest.raises(PermissionDeniedError) as refused:
            check_certificate_for_item(uow, school.untrained, item_id, date(2026, 9, 9))
    message = refused.value.message
    assert message == (
        "Laser cutter needs training. Ava Chen has not been trained in Laser cutter safety. "
        "Arrange the training and record the certificate first."
    )
    assert isinstance(message, Text)
    assert message.template == "{tool} needs training. {problem}"
    assert message.values["problem"].template == (
        "{name} has not been trained in {training}. "
        "Arrange the training and record the certificate first."
    )


def _without_locations(ts_text: str) -> str:
    return "\n".join(line for line in ts_text.splitlines() if "<location " not in line)
