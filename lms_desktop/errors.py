"""Typed domain errors whose messages a librarian can act on."""


class DomainError(Exception):
    """Base for every error a service raises on purpose.

    The message is shown to the user as it is: it says what happened and what to do.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(DomainError):
    """A barcode, record or id that the database does not hold."""


class ValidationError(DomainError):
    """Input that breaks a rule (a missing title, a bad check digit, a clash)."""


class ConflictError(DomainError):
    """The action clashes with the current state (item already on loan, slot taken)."""


class PermissionDeniedError(DomainError):
    """The signed-in staff member's role does not allow the action."""


class DatabaseVersionError(DomainError):
    """The database was written by a newer version of LMS Desktop."""


class DatabaseOpenError(DomainError):
    """The database cannot be opened (damaged, unreachable, not a database)."""
