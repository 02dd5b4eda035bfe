"""Plain records shared by the storage and coach layers (no framework imports)."""
