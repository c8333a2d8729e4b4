"""Care of the data: backups, restore, integrity schedule, privacy and open export."""
