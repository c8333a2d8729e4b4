"""Which school a workstation works for: `--site` beats `LMS_SITE`, nothing means the first."""

from __future__ import annotations

import pytest

from lms_desktop.config import SITE_ENV, AppConfig, site_choice_from


@pytest.mark.parametrize(
    ("option", "environment", "chosen"),
    [
        (None, None, None),  # one school's computer: the first school, as always
        (None, "north", "north"),  # the district set LMS_SITE on North's computers
        ("2", None, "2"),  # a number works as well as a code
        ("south", "north", "south"),  # --site on the command line wins over LMS_SITE
        (" north ", None, "north"),
        ("", "north", "north"),  # an empty --site is no choice
        (None, "   ", None),  # nor is a blank LMS_SITE
    ],
)
def test_the_site_option_then_the_environment(
    monkeypatch: pytest.MonkeyPatch, option: str | None, environment: str | None, chosen: str | None
) -> None:
    if environment is None:
        monkeypatch.delenv(SITE_ENV, raising=False)
    else:
        monkeypatch.setenv(SITE_ENV, environment)
    assert site_choice_from(option) == chosen
    assert AppConfig.from_args("library.sqlite3", site=option).site == chosen


def test_the_config_keeps_its_other_defaults_with_a_site(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setenv(SITE_ENV, "north")
    config = AppConfig.from_args(str(tmp_path / "district.sqlite3"))
    assert config.site == "north"
    assert config.backup_dir == tmp_path / "backups"
    assert config.database_url.endswith("district.sqlite3")
