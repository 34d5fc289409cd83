"""Plain-Python core of jobdesk: no Qt, no database."""
