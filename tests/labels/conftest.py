"""Fixtures for label tests: the small school from the report tests."""

from __future__ import annotations

import pytest

from lms_desktop.db.unit_of_work import Database
from tests.reports.school import SmallSchool, build_small_school


@pytest.fixture
def school(database: Database) -> SmallSchool:
    return build_small_school(database)
