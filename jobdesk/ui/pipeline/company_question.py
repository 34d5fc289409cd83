"""The question asked when a save would change a company's size or industry for its other
applications: change them for all, or keep them. Never changed without asking."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jobdesk.domain.application import ApplicationDetails
from jobdesk.services.pipeline import KEEP_COMPANY, Pipeline
from jobdesk.ui.dialogs.prompts import Prompts


class CompanyQuestion:
    """Passed to the application form as its `confirm`; remembers the answer for the save."""

    def __init__(self, pipeline: Pipeline, prompts: Prompts, app_id: int | None = None) -> None:
        self._pipeline = pipeline
        self._prompts = prompts
        self._app_id = app_id
        self.company_wide = False

    def __call__(self, details: ApplicationDetails, parent: QWidget) -> bool:
        """Ask if need be; False (Cancel) takes the user back to the form, nothing lost."""
        change = self._pipeline.company_change(details, self._app_id)
        self.company_wide = False
        if change is None:
            return True
        # Keeping is the default: nothing changes for the others unless the user says so.
        answer = self._prompts.choose(
            parent, change.question(), [KEEP_COMPANY, change.change_text()]
        )
        if answer is None:
            return False
        self.company_wide = answer == 1
        return True
