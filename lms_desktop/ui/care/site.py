"""Which school (site) of the database this desk works for."""

from __future__ import annotations

from lms_desktop.school.models import DEFAULT_SITE_ID
from lms_desktop.ui.context import UiContext


def site_of(ctx: UiContext) -> int:
    """The desk's school: `ctx.site_id` when the app was opened for one (district mode,
    LMS_SITE), otherwise the first school. Sign-in, the idle lock and the school's
    settings screens all ask this, so a North Elementary desk uses North's staff."""
    return int(getattr(ctx, "site_id", DEFAULT_SITE_ID) or DEFAULT_SITE_ID)
