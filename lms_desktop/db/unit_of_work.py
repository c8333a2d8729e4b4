"""Unit of work: one transaction per user action, rolled back unless committed."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """A session used for exactly one user action.

    Use it as `with uow: ...; uow.commit()`. Leaving the block without `commit()`
    (including by an exception) rolls everything back. A UnitOfWork can be entered again
    for the next action; each entry gets a fresh session.
    """

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None
        self.staff_name: str | None = None
        # who is acting: "librarian" | "aide" | "kiosk" (see lms_desktop.school.access);
        # a kiosk acts only for `kiosk_patron_id`, the student signed in at the kiosk.
        self.staff_role: str = "librarian"
        self.kiosk_patron_id: int | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open; use it in a with-block")
        return self._session

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("this unit of work is already open")
        self._session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()
        finally:
            session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def flush(self) -> None:
        self.session.flush()


class Database:
    """An engine plus the factory for units of work over it."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def unit_of_work(
        self,
        staff_name: str | None = None,
        staff_role: str = "librarian",
        kiosk_patron_id: int | None = None,
    ) -> UnitOfWork:
        """A unit of work acting as `staff_name` in `staff_role`.

        The role defaults to librarian: command-line admin jobs and tests act with full
        rights; the desktop app passes the role of whoever signed in.
        """
        uow = UnitOfWork(self._sessions)
        uow.staff_name = staff_name
        uow.staff_role = staff_role
        uow.kiosk_patron_id = kiosk_patron_id
        return uow

    def dispose(self) -> None:
        self.engine.dispose()
