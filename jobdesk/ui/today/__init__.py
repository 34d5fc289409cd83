"""The Today tab: what needs doing now, pipeline health and the week's work."""
