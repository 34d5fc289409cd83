"""Offers: a letter read into proposed terms, confirmed into an offer, compared, decided.

Confirming a letter is one step of the pipeline's undo history: the files are
attached, the offer is recorded and the application reaches the offer stage
together, and one undo takes all of it back. Accepting or declining is the
pipeline's own accept/decline, so the application's outcome and the offer's
status can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from jobdesk.domain.application import (
    Application,
    ApplicationSummary,
    plan_advance,
    plan_outcome,
)
from jobdesk.domain.attachments import Attachment, AttachmentKind
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.offers import (
    DEADLINE_WARNING_DAYS,
    Offer,
    OfferStatus,
    OfferSummary,
    OfferTermsRecord,
    clean_terms,
    likely_applications,
    replies_due,
    sample_offers,
    summarize,
)
from jobdesk.domain.wording import short_date
from jobdesk.services.attachments import Attachments, StagedFile, record
from jobdesk.services.changes import ATTACHMENTS, OFFERS, Change
from jobdesk.services.pipeline import Pipeline
from jobdesk.services.storage import saving
from jobdesk.store import applications as application_store
from jobdesk.store import offers as store
from jobdesk.store.tables import database

if TYPE_CHECKING:
    from jobdesk.domain.offer_terms import FoundTerms

_CV_NAME = re.compile(r"\b(?:cv|resume|résumé|lebenslauf)\b", re.IGNORECASE)
_OFFER_NAME = re.compile(r"offer|angebot|contract|vertrag", re.IGNORECASE)


@dataclass(frozen=True)
class LetterProposal:
    """What jobdesk read from a dropped file, for the user to confirm or correct."""

    staged: StagedFile
    terms: FoundTerms
    source_hash: str  # the file the terms were read from (the dropped one or one inside it)
    kind: AttachmentKind
    note: str  # why nothing could be read, when nothing could

    @property
    def source_name(self) -> str:
        if self.source_hash == self.staged.stored.sha256:
            return self.staged.display_name
        for stored, _ in self.staged.inner:
            if stored.sha256 == self.source_hash:
                return stored.display_name
        return self.staged.display_name


class Offers:
    kinds = frozenset({OFFERS, ATTACHMENTS})

    def __init__(
        self,
        pipeline: Pipeline,
        attachments: Attachments,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._pipeline = pipeline
        self._attachments = attachments
        self._today = today

    # --- reading a letter -----------------------------------------------------------------

    def propose(self, staged: StagedFile) -> LetterProposal:
        """The terms found in a staged file (or in the file inside it that says the most).

        The terms were read with the text, in the reading's time-limited process; here they
        only learn which of the user's companies the letter names."""
        from jobdesk.domain.offer_terms import FoundTerms, companies_named

        companies = tuple(name for name, _size, _industry in self._pipeline.companies())
        texts = [(staged.stored.sha256, staged.reading.text)]
        texts += [(stored.sha256, reading.text) for stored, reading in staged.inner]
        found = staged.reading.terms or FoundTerms()
        index = staged.reading.terms_from if staged.reading.terms is not None else 0
        best_hash, best_text = texts[index] if index < len(texts) else texts[0]
        named = companies_named(best_text, companies)
        if not named:
            named = companies_named("\n\n".join(text for _, text in texts if text), companies)
        best = replace(found, companies=named)
        note = ""
        if not staged.reading.readable and not any(r.readable for _, r in staged.inner):
            note = staged.reading.note
        elif staged.reading.terms is None:
            note = staged.reading.terms_note
        return LetterProposal(staged, best, best_hash, _kind_of(staged, best), note)

    def candidates(self, proposal: LetterProposal | None = None) -> list[ApplicationSummary]:
        """Every application, those the letter most likely belongs to first."""
        named = proposal.terms.companies if proposal else ()
        return likely_applications(self._pipeline.summaries(), named)

    def suggested_received_on(self, proposal: LetterProposal, app_id: int) -> date:
        """The letter's own date when it has one that fits the application's history."""
        today = self._today()
        letter = proposal.terms.letter_date
        if letter is None or letter.value is None:
            return today
        app = self._pipeline.application(app_id)
        if app.last_activity <= letter.value <= today:
            return letter.value
        return today

    # --- changes --------------------------------------------------------------------------

    def confirm(
        self,
        app_id: int,
        proposal: LetterProposal,
        kind: AttachmentKind,
        terms: OfferTermsRecord | None,
        received_on: date,
        *,
        reopen: bool = False,
    ) -> Change:
        """Keep the file for the application; for an offer letter, record the offer and move
        the application to the offer stage on `received_on` (one undoable step). A closed
        application is reopened on `received_on` first when `reopen` is set (the same step,
        so one Undo takes back both)."""
        if kind is not AttachmentKind.OFFER_LETTER or terms is None:
            return self._attachments.attach(app_id, proposal.staged, kind)
        terms = clean_terms(terms)
        app = self._pipeline.application(app_id)
        today = self._today()
        name = f"{app.details.company} — {app.details.role_title}"
        if app.outcome.is_closed and not reopen:
            raise UserError(
                f"{name} is {app.outcome.label.lower()}. Reopen it before recording an offer."
            )
        if received_on > today:
            raise UserError(
                f"The offer cannot have arrived on {short_date(received_on)}, after today."
            )
        reopening = None
        if app.outcome.is_closed:
            reopening = plan_outcome(
                app, Outcome.ACTIVE, received_on, today, note="An offer arrived"
            )
            app = replace(app, events=(*app.events, reopening))
        if app.furthest_stage is Stage.OFFER:
            event = None
        else:
            event = plan_advance(app, Stage.OFFER, received_on, today)
        existing = store.offer_of(app_id)

        def change(_app: Application) -> None:
            ids = record(app_id, proposal.staged, kind, proposal.source_hash)
            if reopening is not None:
                application_store.append_event(app_id, reopening)
            if event is not None:
                application_store.append_event(app_id, event)
            store.save_offer(
                app_id,
                terms,
                existing.received_on if existing and event is None else received_on,
                status=existing.status if existing else OfferStatus.OPEN,
                source_attachment_id=ids.get(proposal.source_hash),
            )

        verb = "Replace the offer from" if existing else "Record the offer from"
        if reopening is not None:
            verb = "Reopen and record the offer from"
        return self._pipeline.step([app_id], f"{verb} {name}", change, self.kinds)

    def edit(self, offer_id: int, terms: OfferTermsRecord) -> Change:
        current = self.offer(offer_id)
        terms = clean_terms(terms)
        if terms == current.terms:
            raise UserError("Nothing was changed.")

        def change(_app: Application) -> None:
            store.update_terms(offer_id, terms)

        app = self._pipeline.application(current.application_id)
        return self._pipeline.step(
            [app.id], f"Edit the offer from {app.details.company}", change, self.kinds
        )

    def remove(self, offer_id: int) -> Change:
        """Forget a recorded offer (its letter stays attached, the history stays as it is):
        for an offer recorded on the wrong application, or twice. Undo brings it back."""
        current = self.offer(offer_id)
        app = self._pipeline.application(current.application_id)

        def change(_app: Application) -> None:
            store.delete_offer(offer_id)

        return self._pipeline.step(
            [app.id], f"Remove the offer from {app.details.company}", change, self.kinds
        )

    def set_status(self, offer_id: int, status: OfferStatus) -> Change:
        """Mark an offer open or under negotiation; accepting and declining have their own calls."""
        current = self.offer(offer_id)
        app = self._pipeline.application(current.application_id)
        if status in (OfferStatus.ACCEPTED, OfferStatus.DECLINED):
            return (self.accept if status is OfferStatus.ACCEPTED else self.decline)(offer_id)
        if status is OfferStatus.CLOSED:
            raise UserError("An offer closes when its application is rejected or withdrawn.")
        if app.outcome.is_closed:
            raise UserError(
                f"The offer from {app.details.company} is {app.outcome.label.lower()}. "
                "Reopen the application to change it."
            )
        if current.status is status:
            raise UserError(f"The offer from {app.details.company} is already {status.value}.")

        def change(_app: Application) -> None:
            store.set_status(offer_id, status)

        return self._pipeline.step(
            [app.id],
            f"Mark the offer from {app.details.company} {status.value}",
            change,
            self.kinds,
        )

    def accept(self, offer_id: int, on: date | None = None, note: str = "") -> Change:
        return self._pipeline.accept_offer(self.offer(offer_id).application_id, on, note)

    def decline(self, offer_id: int, on: date | None = None, note: str = "") -> Change:
        return self._pipeline.decline_offer(self.offer(offer_id).application_id, on, note)

    def load_sample(self) -> Change:
        """Offers for the sample search's applications at the offer stage (for the demo)."""
        apps = self._pipeline.applications()
        with saving(database):
            for app_id, terms, received_on in sample_offers(apps, self._today()):
                if store.offer_of(app_id) is None:
                    store.save_offer(app_id, terms, received_on)
        return Change(frozenset({OFFERS}), "Load the sample offers")

    # --- reading --------------------------------------------------------------------------

    def offer(self, offer_id: int) -> Offer:
        found = store.offer(offer_id)
        if found is None:
            raise UserError("That offer is no longer there; it may have been undone.")
        return found

    def offer_of(self, app_id: int) -> Offer | None:
        return store.offer_of(app_id)

    def summaries(self, *, waiting_by: date | None = None) -> list[OfferSummary]:
        """Every offer with its figures, in the order they arrived (with `waiting_by`, only
        those waiting for an answer due by then)."""
        today = self._today()
        offers = store.all_offers(waiting_by=waiting_by)
        apps = {a.id: a for a in self._pipeline.summaries(o.application_id for o in offers)}
        result = []
        for offer in offers:
            app = apps.get(offer.application_id)
            if app is None:
                continue
            result.append(summarize(offer, app.company, app.role_title, app.outcome, today))
        return sorted(result, key=lambda s: (s.offer.received_on, s.offer.id))

    def replies_due(self, summaries: list[OfferSummary] | None = None) -> list[OfferSummary]:
        """Offers still waiting for an answer whose deadline is within three days or passed,
        soonest first (of `summaries` when the caller has just read them)."""
        if summaries is None:
            # Read only the offers waiting with a deadline near: a long search has hundreds.
            near = self._today() + timedelta(days=DEADLINE_WARNING_DAYS)
            summaries = self.summaries(waiting_by=near)
        return replies_due(summaries)

    def letter(self, offer_id: int) -> Attachment | None:
        offer = self.offer(offer_id)
        if offer.source_attachment_id is None:
            return None
        return store.attachment(offer.source_attachment_id)


def _kind_of(staged: StagedFile, terms: FoundTerms) -> AttachmentKind:
    name = staged.display_name
    if terms.looks_like_offer or _OFFER_NAME.search(name):
        return AttachmentKind.OFFER_LETTER
    if _CV_NAME.search(name.replace("_", " ").replace("-", " ")):
        return AttachmentKind.CV
    return AttachmentKind.OTHER
