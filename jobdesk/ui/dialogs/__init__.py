"""Small pieces every tab shares: dialog helpers, prompts, background work, table support."""
