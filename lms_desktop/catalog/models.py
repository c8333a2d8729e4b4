"""Bibliographic records (titles) and the identifiers used to match them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lms_desktop.db.base import Base, UTCDateTime, utcnow
from lms_desktop.school.models import DEFAULT_SITE_ID


class BibRecord(Base):
    """One title, kept as its full MARC record plus the fields the app sorts and shows.

    `marc` holds the record as ISO 2709 in UTF-8 exactly as it will be exported; the
    display columns are derived from it on every save.
    """

    __tablename__ = "bib_records"
    __table_args__ = (
        Index("ix_bib_records_control", "control_number", "control_number_identifier"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    control_number: Mapped[str | None] = mapped_column(String(64))  # 001
    control_number_identifier: Mapped[str | None] = mapped_column(String(64))  # 003
    title: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    publication_year: Mapped[int | None] = mapped_column(Integer, index=True)
    subjects: Mapped[str] = mapped_column(Text, default="")
    classification: Mapped[str] = mapped_column(String(100), default="")  # 082 or 050
    material_type: Mapped[str] = mapped_column(String(4), default="am")  # leader 06-07
    marc: Mapped[bytes | None] = mapped_column(LargeBinary)
    marc_xml: Mapped[str | None] = mapped_column(Text)  # only for records too big for 2709
    source: Mapped[str] = mapped_column(String(200), default="")  # file or SRU target
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    identifiers: Mapped[list[BibIdentifier]] = relationship(
        back_populates="record", cascade="all, delete-orphan"
    )


class BibIdentifier(Base):
    """A normalised ISBN (as ISBN-13), ISSN or LCCN of a record, for matching and search."""

    __tablename__ = "bib_identifiers"
    __table_args__ = (Index("ix_bib_identifiers_lookup", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("bib_records.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # isbn | issn | lccn
    value: Mapped[str] = mapped_column(String(32))

    record: Mapped[BibRecord] = relationship(back_populates="identifiers")


class SruTarget(Base):
    """A copy-cataloging server searched over SRU."""

    __tablename__ = "sru_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"), default=DEFAULT_SITE_ID)
    name: Mapped[str] = mapped_column(String(100))
    url: Mapped[str] = mapped_column(String(500))
    record_schema: Mapped[str] = mapped_column(String(50), default="marcxml")
    enabled: Mapped[bool] = mapped_column(default=True)
