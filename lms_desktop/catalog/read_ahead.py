"""Reading a large MARC file in a second process, so parsing overlaps with storing.

An import spends about as long reading records (checking their structure, decoding,
deriving the display columns) as it does matching and writing them. For a large file a
reader process does the first half while the app does the second, on the other core.
Records cross in batches, a few batches ahead at most (the pipe holds the rest back), so
memory stays flat. The reader only reads: everything that touches the database stays
in the app's process and transaction, so crash and cancel safety are unchanged. When the
app goes away (a crash, a kill, a cancelled import) the reader's next send fails and it
stops; it never outlives the import.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
from collections.abc import Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from lms_desktop.catalog.display import DisplayFields, derive_display
from lms_desktop.catalog.reading import (
    CountingStream,
    MarcFormat,
    ReadOutcome,
    ReadRecord,
    ReadRejection,
    RecordPosition,
    read_marc_stream,
)
from lms_desktop.errors import DomainError
from lms_desktop.texts import say

# Below this size a reader process costs more to start (~0.2 s) than it saves.
READ_AHEAD_FROM_BYTES = 4 << 20
_BATCH = 500

# one record on the wire: (kind, number, offset, line, ...)
_Wire = tuple[object, ...]


@dataclass(frozen=True)
class ReadAhead:
    """One record from the reader: the outcome, and its display columns when the reader
    could derive them (None: the importer derives them itself, e.g. for holdings)."""

    outcome: ReadOutcome
    display: DisplayFields | None


AGAIN = say(
    "To add the rest, import the file again with “Skip” for titles already in the "
    "catalog: the ones saved before the stop are recognised and skipped."
)


class ReaderStoppedError(DomainError):
    """The reader process could not go on (the file became unreadable, or it died)."""


def read_ahead(
    path: Path, fmt: MarcFormat, holdings_tag: str | None, progress: list[int]
) -> Generator[ReadAhead, None, None]:
    """Every record of `path` in file order, read by a reader process.

    `progress[0]` is kept at the number of bytes of the file read so far. Closing the
    iterator (or leaving the loop) stops the reader.
    """
    context = multiprocessing.get_context("spawn")  # never fork a process with threads
    receiver, sender = context.Pipe(duplex=False)
    reader = context.Process(
        target=_reader_main,
        args=(str(path), fmt.value, holdings_tag, sender),
        name="lms-desktop MARC reader",
        daemon=True,
    )
    reader.start()
    sender.close()  # the reader holds the only sending end: its death ends our recv()
    try:
        while True:
            try:
                message = pickle.loads(receiver.recv_bytes())
            except (EOFError, OSError):
                raise ReaderStoppedError(
                    say(
                        "Reading {name} stopped unexpectedly. The records before the "
                        "stop are in the catalog. {again}",
                        name=path.name,
                        again=AGAIN,
                    )
                ) from None
            kind = message[0]
            if kind == "batch":
                progress[0] = message[1]
                for wire in message[2]:
                    yield _from_wire(wire)
            elif kind == "end":
                progress[0] = message[1]
                return
            else:  # "failed"
                raise ReaderStoppedError(
                    say(
                        "Reading {name} stopped: {reason}. The records before the stop are "
                        "in the catalog. Check the file (or the drive it is on); {again}",
                        name=path.name,
                        reason=message[1],
                        again=AGAIN,
                    )
                )
    finally:
        receiver.close()
        reader.join(timeout=2)
        if reader.is_alive():
            reader.terminate()
            reader.join()
        reader.close()


def _reader_main(path: str, fmt: str, holdings_tag: str | None, sender: Connection) -> None:
    """The reader process: read, derive, send in batches until the file ends."""
    gc.set_threshold(100_000, 10, 10)  # see lms_desktop.bulk_memory
    batch: list[_Wire] = []
    try:
        with open(path, "rb") as raw_stream:
            stream = CountingStream(raw_stream)
            try:
                for outcome in read_marc_stream(stream, MarcFormat(fmt)):  # type: ignore[arg-type]
                    batch.append(_to_wire(outcome, holdings_tag))
                    if len(batch) >= _BATCH:
                        sender.send_bytes(pickle.dumps(("batch", stream.position, batch), 5))
                        batch = []
            except OSError as exc:
                sender.send_bytes(pickle.dumps(("batch", stream.position, batch), 5))
                sender.send_bytes(pickle.dumps(("failed", exc.strerror or str(exc)), 5))
                return
            sender.send_bytes(pickle.dumps(("batch", stream.position, batch), 5))
            sender.send_bytes(pickle.dumps(("end", stream.position), 5))
    except (BrokenPipeError, ConnectionError):
        return  # the import was cancelled, or the app went away: nobody to read for
    except Exception as exc:  # the file could not be opened, or a reader bug: say which
        reason = (
            exc.strerror or str(exc)
            if isinstance(exc, OSError)
            else say("the reader failed ({kind}: {error})", kind=type(exc).__name__, error=str(exc))
        )
        try:
            sender.send_bytes(pickle.dumps(("failed", reason), 5))
        except OSError:
            return
    finally:
        sender.close()


def _to_wire(outcome: ReadOutcome, holdings_tag: str | None) -> _Wire:
    where = outcome.position
    if isinstance(outcome, ReadRejection):
        return ("rejected", where.number, where.offset, where.line, outcome.reason)
    view = outcome.view
    # a record with holdings has them taken out of it before it is stored: the
    # importer derives its columns itself from the full record
    wants_full = holdings_tag is not None and bool(view.get_fields(holdings_tag))
    display = None if wants_full else tuple(vars(derive_display(view)).values())
    return (
        "read",
        where.number,
        where.offset,
        where.line,
        outcome.raw,
        # the parsed record is sent only when the raw bytes cannot stand for it
        outcome.parsed if outcome.raw is None else None,
        outcome.repairs,
        outcome.converted_from_marc8,
        display,
    )


def _from_wire(wire: _Wire) -> ReadAhead:
    position = RecordPosition(wire[1], wire[2], wire[3])  # type: ignore[arg-type]
    if wire[0] == "rejected":
        return ReadAhead(ReadRejection(position, wire[4]), None)  # type: ignore[arg-type]
    _kind, _n, _o, _l, raw, parsed, repairs, converted, display = wire
    outcome = ReadRecord(
        position=position,
        parsed=parsed,  # type: ignore[arg-type]
        raw=raw,  # type: ignore[arg-type]
        repairs=repairs,  # type: ignore[arg-type]
        converted_from_marc8=converted,  # type: ignore[arg-type]
    )
    fields = None if display is None else DisplayFields(*display)  # type: ignore[misc]
    return ReadAhead(outcome, fields)
