"""Imports every model module so the metadata (and Alembic) sees the whole schema."""

from lms_desktop.catalog import models as catalog_models
from lms_desktop.circulation import models as circulation_models
from lms_desktop.db.base import Base
from lms_desktop.devices import models as devices_models
from lms_desktop.inventory import models as inventory_models
from lms_desktop.makerspace import models as makerspace_models
from lms_desktop.school import models as school_models

__all__ = [
    "Base",
    "catalog_models",
    "circulation_models",
    "devices_models",
    "inventory_models",
    "makerspace_models",
    "school_models",
]
