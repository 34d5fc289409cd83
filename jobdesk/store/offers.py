"""Attachments and offers as domain objects; tables created by schema step 3.

`snapshot()` and `restore()` take and put back everything of one application's
here, ids included, so the pipeline's undo can bring it back whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    NodeList,
    TextField,
)

from jobdesk.domain.attachments import Attachment, AttachmentKind
from jobdesk.domain.enums import Outcome
from jobdesk.domain.offers import Offer, OfferStatus, OfferTermsRecord, Period
from jobdesk.store.tables import ApplicationRow, BaseTable


class AttachmentRow(BaseTable):
    id = AutoField()
    application = ForeignKeyField(ApplicationRow, on_delete="CASCADE", backref="attachments")
    parent = ForeignKeyField("self", null=True, on_delete="CASCADE", backref="inner")
    sha256 = TextField()
    display_name = TextField()
    size = IntegerField()
    media_type = TextField()
    kind = TextField()
    readable = BooleanField(default=False)
    note = TextField(default="")
    added_at = DateTimeField()

    class Meta:
        table_name = "attachment"


class OfferRow(BaseTable):
    id = AutoField()
    application = ForeignKeyField(ApplicationRow, on_delete="CASCADE", unique=True)
    source_attachment = ForeignKeyField(AttachmentRow, null=True, on_delete="SET NULL")
    received_on = DateField()
    status = TextField(default="open")
    title = TextField(default="")
    currency = TextField(default="")
    base_amount = TextField(null=True)
    base_period = TextField(default="year")
    sign_on = TextField(null=True)
    bonus_percent = TextField(null=True)
    bonus_amount = TextField(null=True)
    equity_units = TextField(null=True)
    equity_value = TextField(null=True)
    vesting_years = TextField(null=True)
    cliff_months = IntegerField(null=True)
    start_on = DateField(null=True)
    deadline_on = DateField(null=True)
    location = TextField(default="")
    notes = TextField(default="")
    exchange_rate = TextField(null=True)
    rate_currency = TextField(default="")
    created_at = DateTimeField()

    class Meta:
        table_name = "offer"


TABLES: list[type[BaseTable]] = [AttachmentRow, OfferRow]


# --- attachments --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewAttachment:
    """A file to record; its bytes are already in the store under `sha256`."""

    sha256: str
    display_name: str
    size: int
    media_type: str
    kind: AttachmentKind
    readable: bool
    note: str


def insert_attachment(
    app_id: int, new: NewAttachment, parent_id: int | None = None, at: datetime | None = None
) -> int:
    return int(
        AttachmentRow.insert(
            application=app_id,
            parent=parent_id,
            sha256=new.sha256,
            display_name=new.display_name,
            size=new.size,
            media_type=new.media_type,
            kind=new.kind.value,
            readable=new.readable,
            note=new.note,
            added_at=at or datetime.now(),
        ).execute()
    )


def attachments_of(app_id: int) -> list[Attachment]:
    query = (
        AttachmentRow.select()
        .where(AttachmentRow.application == app_id)
        .order_by(AttachmentRow.added_at, AttachmentRow.id)
        .dicts()
    )
    return [_attachment(row) for row in _rows(query)]


def attachment(attachment_id: int) -> Attachment | None:
    row = AttachmentRow.select().where(AttachmentRow.id == attachment_id).dicts().first()
    return _attachment(row) if row else None


def delete_attachment(attachment_id: int) -> None:
    AttachmentRow.delete().where(AttachmentRow.id == attachment_id).execute()


def referenced_hashes() -> set[str]:
    return {row.sha256 for row in AttachmentRow.select(AttachmentRow.sha256).distinct()}


def is_referenced(sha256: str) -> bool:
    return bool(AttachmentRow.select().where(AttachmentRow.sha256 == sha256).exists())


def _attachment(row: dict[str, Any]) -> Attachment:
    return Attachment(
        id=row["id"],
        application_id=row["application"],
        sha256=row["sha256"],
        display_name=row["display_name"],
        size=row["size"],
        media_type=row["media_type"],
        kind=AttachmentKind(row["kind"]),
        readable=bool(row["readable"]),
        note=row["note"],
        added_at=_as_datetime(row["added_at"]),
        parent_id=row["parent"],
    )


# --- offers -------------------------------------------------------------------------------


def offer_of(app_id: int) -> Offer | None:
    row = OfferRow.select().where(OfferRow.application == app_id).dicts().first()
    return _offer(row) if row else None


def offer(offer_id: int) -> Offer | None:
    row = OfferRow.select().where(OfferRow.id == offer_id).dicts().first()
    return _offer(row) if row else None


def all_offers(*, waiting_by: date | None = None) -> list[Offer]:
    """Every offer; with `waiting_by`, only those still waiting for the user's answer (open or
    negotiating, of an application still open by its kept facts) whose deadline falls on
    that day or before: a long search has hundreds of offers, Today wants those few."""
    query = OfferRow.select().order_by(OfferRow.id)
    if waiting_by is not None:
        query = query.where(
            OfferRow.deadline_on <= waiting_by,
            OfferRow.status.in_([s.value for s in OfferStatus if s.is_pending]),
            # EXISTS looks each one up by its key; IN (SELECT …) would list every open one.
            NodeList(
                (
                    SQL(
                        "EXISTS (SELECT 1 FROM application_fact AS f WHERE f.outcome = ? "
                        "AND f.application_id =",
                        [Outcome.ACTIVE.value],
                    ),
                    OfferRow.application,
                    SQL(")"),
                )
            ),
        )
    return [_offer(row) for row in _rows(query.dicts())]


def save_offer(
    app_id: int,
    terms: OfferTermsRecord,
    received_on: date,
    *,
    status: OfferStatus = OfferStatus.OPEN,
    source_attachment_id: int | None = None,
    offer_id: int | None = None,
) -> int:
    """Insert the application's offer, or replace the one it has (an application has one)."""
    values = _terms_values(terms)
    values.update(
        application=app_id,
        received_on=received_on,
        status=status.value,
        source_attachment=source_attachment_id,
    )
    existing = OfferRow.get_or_none(OfferRow.application == app_id)
    if existing is not None:
        OfferRow.update(**values).where(OfferRow.id == existing.id).execute()
        return int(existing.id)
    values["created_at"] = datetime.now()
    if offer_id is not None:
        values["id"] = offer_id
    return int(OfferRow.insert(**values).execute())


def _terms_values(terms: OfferTermsRecord) -> dict[str, Any]:
    return {
        "title": terms.title,
        "currency": terms.currency,
        "base_amount": _text(terms.base_amount),
        "base_period": terms.base_period.value,
        "sign_on": _text(terms.sign_on),
        "bonus_percent": _text(terms.bonus_percent),
        "bonus_amount": _text(terms.bonus_amount),
        "equity_units": _text(terms.equity_units),
        "equity_value": _text(terms.equity_value),
        "vesting_years": _text(terms.vesting_years),
        "cliff_months": terms.cliff_months,
        "start_on": terms.start_on,
        "deadline_on": terms.deadline_on,
        "location": terms.location,
        "notes": terms.notes,
        "exchange_rate": _text(terms.exchange_rate),
        "rate_currency": terms.rate_currency,
    }


def _offer(row: dict[str, Any]) -> Offer:
    terms = OfferTermsRecord(
        title=row["title"],
        currency=row["currency"],
        base_amount=_decimal(row["base_amount"]),
        base_period=Period(row["base_period"]),
        sign_on=_decimal(row["sign_on"]),
        bonus_percent=_decimal(row["bonus_percent"]),
        bonus_amount=_decimal(row["bonus_amount"]),
        equity_units=_decimal(row["equity_units"]),
        equity_value=_decimal(row["equity_value"]),
        vesting_years=_decimal(row["vesting_years"]),
        cliff_months=row["cliff_months"],
        start_on=_as_date(row["start_on"]),
        deadline_on=_as_date(row["deadline_on"]),
        location=row["location"],
        notes=row["notes"],
        exchange_rate=_decimal(row["exchange_rate"]),
        rate_currency=row["rate_currency"],
    )
    return Offer(
        id=row["id"],
        application_id=row["application"],
        terms=terms,
        received_on=_as_date(row["received_on"]) or date.min,
        status=OfferStatus(row["status"]),
        source_attachment_id=row["source_attachment"],
    )


# --- snapshots for undo -------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """One application's attachments and offer as stored rows, ids included."""

    attachments: tuple[dict[str, Any], ...]
    offers: tuple[dict[str, Any], ...]


def snapshot(app_id: int) -> Snapshot:
    attachments = tuple(
        _rows(
            AttachmentRow.select()
            .where(AttachmentRow.application == app_id)
            .order_by(AttachmentRow.id)
            .dicts()
        )
    )
    offers = tuple(_rows(OfferRow.select().where(OfferRow.application == app_id).dicts()))
    return Snapshot(attachments, offers)


def restore(app_id: int, snap: Snapshot) -> None:
    """Make the application's attachments and offer exactly `snap` (inside a transaction)."""
    OfferRow.delete().where(OfferRow.application == app_id).execute()
    AttachmentRow.delete().where(AttachmentRow.application == app_id).execute()
    # Parents before the files found inside them, which point at them.
    for row in sorted(snap.attachments, key=lambda r: (r["parent"] is not None, r["id"])):
        AttachmentRow.insert(**row).execute()
    for row in snap.offers:
        OfferRow.insert(**row).execute()


# --- conversions --------------------------------------------------------------------------


def _rows(query: Any) -> Iterable[dict[str, Any]]:
    return cast(Iterable[dict[str, Any]], query)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None or value == "" else Decimal(str(value))


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def set_status(offer_id: int, status: OfferStatus) -> None:
    OfferRow.update(status=status.value).where(OfferRow.id == offer_id).execute()


def delete_offer(offer_id: int) -> None:
    OfferRow.delete().where(OfferRow.id == offer_id).execute()


def update_terms(offer_id: int, terms: OfferTermsRecord) -> None:
    OfferRow.update(**_terms_values(terms)).where(OfferRow.id == offer_id).execute()
