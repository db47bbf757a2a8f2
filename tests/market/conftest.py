"""Fixtures of the market tests only (the shared ones are in tests/helpers/fixtures.py)."""

from __future__ import annotations

import pytest

from explorer.market import MarketSpecs, load_specs

from ..helpers.market import FIXTURES


@pytest.fixture(scope="session")
def specs() -> MarketSpecs:
    return load_specs(FIXTURES / "spec.toml", strict=True)
