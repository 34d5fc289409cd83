"""Use cases, with no Qt: every change to the user's data goes through here."""
