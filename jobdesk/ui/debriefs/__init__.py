"""The Debriefs tab: every debrief across the search, searchable and filterable."""
