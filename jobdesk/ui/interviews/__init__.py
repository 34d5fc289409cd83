"""The interviews a search holds: scheduling, calendar export, and their debriefs."""
