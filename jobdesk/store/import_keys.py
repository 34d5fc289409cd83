"""What an import needs to know of the stored applications to find duplicates: one lean read."""

from __future__ import annotations

from datetime import date

from jobdesk.store.tables import database


def application_keys() -> list[tuple[int, str, str, date]]:
    """(id, company, role, applied date) of every application, oldest first."""
    rows = database.execute_sql(
        "SELECT a.id, c.name, a.role_title, a.applied_on FROM application AS a "
        "JOIN company AS c ON c.id = a.company_id ORDER BY a.id"
    )
    return [
        (int(i), str(company), str(role), date.fromisoformat(str(on)[:10]))
        for i, company, role, on in rows
    ]
