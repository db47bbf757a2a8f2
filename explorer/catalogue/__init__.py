"""The exchange catalogue: plain Python, never imports Qt (see ARCHITECTURE.md)."""
