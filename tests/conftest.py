"""Test-wide set-up: headless Qt, and the shared fixtures of tests/helpers/fixtures.py (among
them an autouse one that points every per-user folder at a temporary directory)."""

from __future__ import annotations

import os

# Must be set before anything imports Qt; headless everywhere (CI, developers' machines).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

pytest_plugins = ["tests.helpers.fixtures"]
