"""Schema steps after the first, one module per step, each frozen once released."""
