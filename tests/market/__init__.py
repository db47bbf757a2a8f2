"""Tests of the live-prices engine (explorer.market)."""
