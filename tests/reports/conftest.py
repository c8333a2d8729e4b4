"""Fixtures for report tests: the small school and a helper to read PDFs back."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from lms_desktop.db.unit_of_work import Database
from tests.reports.school import SmallSchool, build_small_school


@pytest.fixture
def school(database: Database) -> SmallSchool:
    return build_small_school(database)


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page of a PDF."""
    return [page.extract_text() for page in PdfReader(BytesIO(data)).pages]
