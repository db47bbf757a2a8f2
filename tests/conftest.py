"""Test-wide set-up: headless Qt, and per-user folders pointed at a temporary directory."""

from __future__ import annotations

import os

# Must be set before anything imports Qt; headless everywhere (CI, developers' machines).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
