"""Training certificates: who trained whom on what, expiry, and the gate on tools."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from lms_desktop.circulation.models import Item, Patron, PatronType
from lms_desktop.db.unit_of_work import UnitOfWork
from lms_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from lms_desktop.makerspace.models import Certification, PatronCertificate, Resource
from lms_desktop.makerspace.wording import date_text
from lms_desktop.school.access import Permission, require_permission
from lms_desktop.texts import say

# Patron types that need a certificate for a gated tool; teachers and staff supervise.
GATED_PATRON_TYPES = frozenset({"student"})


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    patron_id: int
    patron_name: str
    patron_barcode: str
    certification_id: int
    certification_name: str
    trained_by: str
    trained_on: date
    expires_on: date | None
    revoked: bool

    def valid_on(self, day: date) -> bool:
        return (
            not self.revoked
            and self.trained_on <= day
            and (self.expires_on is None or day <= self.expires_on)
        )


def _session_of(source: UnitOfWork | Session) -> Session:
    return source.session if isinstance(source, UnitOfWork) else source


def _full_name(patron: Patron) -> str:
    return f"{patron.first_name} {patron.last_name}".strip()


def record_certificate(
    uow: UnitOfWork,
    patron_id: int,
    certification_id: int,
    trained_by: str,
    trained_on: date,
    expires_on: date | None = None,
) -> CertificateInfo:
    """Record a training; expiry defaults to the training's validity after `trained_on`."""
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    session = uow.session
    patron = session.get(Patron, patron_id)
    if patron is None:
        raise NotFoundError(say("That patron no longer exists. Scan or search for them again."))
    certification = session.get(Certification, certification_id)
    if certification is None:
        raise NotFoundError(say("That training no longer exists. Refresh the list."))
    if not trained_by.strip():
        raise ValidationError(say("Enter who gave the training."))
    if expires_on is None and certification.valid_days:
        expires_on = trained_on + timedelta(days=certification.valid_days)
    if expires_on is not None and expires_on < trained_on:
        raise ValidationError(
            say("A certificate cannot expire before the training. Fix the dates.")
        )
    row = PatronCertificate(
        patron_id=patron_id,
        certification_id=certification_id,
        trained_by=trained_by.strip(),
        trained_on=trained_on,
        expires_on=expires_on,
    )
    session.add(row)
    session.flush()
    return _info(row, patron, certification)


def revoke_certificate(uow: UnitOfWork, certificate_id: int) -> CertificateInfo:
    require_permission(uow, Permission.MANAGE_MAKERSPACE)
    row = uow.session.get(PatronCertificate, certificate_id)
    if row is None:
        raise NotFoundError(say("That certificate no longer exists. Refresh the list."))
    row.revoked = True
    uow.session.flush()
    patron = uow.session.get(Patron, row.patron_id)
    certification = uow.session.get(Certification, row.certification_id)
    assert patron is not None and certification is not None
    return _info(row, patron, certification)


def _info(row: PatronCertificate, patron: Patron, certification: Certification) -> CertificateInfo:
    return CertificateInfo(
        id=row.id,
        patron_id=patron.id,
        patron_name=_full_name(patron),
        patron_barcode=patron.barcode,
        certification_id=certification.id,
        certification_name=certification.name,
        trained_by=row.trained_by,
        trained_on=row.trained_on,
        expires_on=row.expires_on,
        revoked=row.revoked,
    )


def _query() -> Select[tuple[PatronCertificate, Patron, Certification]]:
    return (
        select(PatronCertificate, Patron, Certification)
        .join(Patron, Patron.id == PatronCertificate.patron_id)
        .join(Certification, Certification.id == PatronCertificate.certification_id)
    )


def list_certificates(
    uow: UnitOfWork, patron_id: int | None = None, include_revoked: bool = False
) -> list[CertificateInfo]:
    query = _query().order_by(Patron.last_name, Patron.first_name, Certification.name)
    if patron_id is not None:
        query = query.where(PatronCertificate.patron_id == patron_id)
    if not include_revoked:
        query = query.where(PatronCertificate.revoked.is_(False))
    return [_info(r, p, c) for r, p, c in uow.session.execute(query)]


def expiring_soon(uow: UnitOfWork, today: date, within_days: int = 30) -> list[CertificateInfo]:
    """Certificates that expire between today and `within_days` from now, soonest first.

    A certificate already replaced by a newer one for the same training is left out.
    """
    horizon = today + timedelta(days=within_days)
    query = (
        _query()
        .where(
            PatronCertificate.revoked.is_(False),
            PatronCertificate.expires_on.is_not(None),
            PatronCertificate.expires_on >= today,
            PatronCertificate.expires_on <= horizon,
        )
        .order_by(PatronCertificate.expires_on, Patron.last_name)
    )
    found = [_info(r, p, c) for r, p, c in uow.session.execute(query)]
    renewed = {
        (patron_id, cert_id)
        for patron_id, cert_id in uow.session.execute(
            select(PatronCertificate.patron_id, PatronCertificate.certification_id).where(
                PatronCertificate.revoked.is_(False),
                (PatronCertificate.expires_on.is_(None)) | (PatronCertificate.expires_on > horizon),
            )
        )
    }
    return [c for c in found if (c.patron_id, c.certification_id) not in renewed]


def certificate_rule(
    source: UnitOfWork | Session, patron_id: int, certification_id: int
) -> Callable[[date], str | None]:
    """Load a patron's certificates once; the result says why not (or None) for any date.

    Used for recurring bookings, which check every occurrence's date.
    """
    session = _session_of(source)
    patron = session.get(Patron, patron_id)
    if patron is None:
        message = say("That patron no longer exists. Scan or search for them again.")
        return lambda _day: message
    type_code = session.scalar(
        select(PatronType.code).where(PatronType.id == patron.patron_type_id)
    )
    certification = session.get(Certification, certification_id)
    if type_code not in GATED_PATRON_TYPES or certification is None:
        return lambda _day: None
    rows = list(
        session.scalars(
            select(PatronCertificate)
            .where(
                PatronCertificate.patron_id == patron_id,
                PatronCertificate.certification_id == certification_id,
            )
            .order_by(PatronCertificate.trained_on.desc())
        )
    )
    periods = [(r.trained_on, r.expires_on, r.revoked) for r in rows]
    name = _full_name(patron)
    training = certification.name

    def problem_on(on_date: date) -> str | None:
        for trained_on, expires_on, revoked in periods:
            if (
                not revoked
                and trained_on <= on_date
                and (expires_on is None or on_date <= expires_on)
            ):
                return None
        if not periods:
            return say(
                "{name} has not been trained in {training}. "
                "Arrange the training and record the certificate first.",
                name=name,
                training=training,
            )
        trained_on, expires_on, revoked = periods[0]
        if revoked:
            return say(
                "{name}'s {training} certificate was withdrawn. "
                "They need to be trained again before using this tool.",
                name=name,
                training=training,
            )
        if trained_on > on_date:
            return say(
                "{name}'s {training} training is dated {trained_on}, "
                "after {on_date}. Choose a later date.",
                name=name,
                training=training,
                trained_on=date_text(trained_on),
                on_date=date_text(on_date),
            )
        assert expires_on is not None  # a certificate without expiry is valid from its day
        return say(
            "{name}'s {training} certificate expired on {expires_on}. "
            "Renew the training and record the new certificate.",
            name=name,
            training=training,
            expires_on=date_text(expires_on),
        )

    return problem_on


def certificate_problem(
    source: UnitOfWork | Session, patron_id: int, certification_id: int, on_date: date
) -> str | None:
    """Why `patron_id` may not use a tool gated by `certification_id` on `on_date`, or None."""
    return certificate_rule(source, patron_id, certification_id)(on_date)


def check_certificate(
    source: UnitOfWork | Session, patron_id: int, certification_id: int, on_date: date
) -> None:
    """Raise PermissionDeniedError with the reason unless the patron may use the tool."""
    problem = certificate_problem(source, patron_id, certification_id, on_date)
    if problem is not None:
        raise PermissionDeniedError(problem)


def check_certificate_for_item(
    source: UnitOfWork | Session, patron_id: int, item_id: int, on_date: date
) -> None:
    """The desk's gate: refuse lending a gated makerspace tool to an untrained student.

    Items that are not a makerspace resource, or whose resource needs no training, pass.
    Raises NotFoundError for an unknown item, PermissionDeniedError with the reason.
    """
    session = _session_of(source)
    if session.get(Item, item_id) is None:
        raise NotFoundError(say("That item no longer exists. Scan it again."))
    resource = session.scalar(
        select(Resource).where(Resource.item_id == item_id, Resource.certification_id.is_not(None))
    )
    if resource is None or resource.certification_id is None:
        return
    problem = certificate_problem(session, patron_id, resource.certification_id, on_date)
    if problem is not None:
        raise PermissionDeniedError(
            say("{tool} needs training. {problem}", tool=resource.name, problem=problem)
        )
