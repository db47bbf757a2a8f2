"""The app shell: the entry point that owns the event loop, start-up, the bridge to the
services, and the error hooks."""
