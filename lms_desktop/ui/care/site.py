"""Which school (site) of the database this desk works for."""

from __future__ import annotations

from lms_desktop.ui.context import UiContext


def site_of(ctx: UiContext) -> int:
    """The desk's school (`ctx.site_id`, from `--site` / LMS_SITE; the first school when
    none was chosen). Sign-in, the idle lock and the school's settings screens all ask
    this, so a North Elementary desk uses North's staff."""
    return ctx.site_id
