"""Per-exchange base-URL overrides and default file locations."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from explorer.config import HOME_OVERRIDE, user_dirs
from explorer.market import (
    default_cache_path,
    default_settings_path,
    effective_base_urls,
    load_base_url_overrides,
    save_base_url_overrides,
)


def test_round_trip_and_other_settings_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "config" / "market-settings.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"theme": "dark"}), encoding="utf-8")

    save_base_url_overrides({"binance": "https://api.binance.us/"}, path)

    assert load_base_url_overrides(path) == {"binance": "https://api.binance.us"}
    assert json.loads(path.read_text(encoding="utf-8"))["theme"] == "dark"


def test_save_rejects_bad_urls(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not an http"):
        save_base_url_overrides({"binance": "api.binance.us"}, tmp_path / "s.json")


def test_missing_file_means_no_overrides(tmp_path: Path) -> None:
    assert load_base_url_overrides(tmp_path / "nothing.json") == {}


@pytest.mark.parametrize(
    "content", ["{oops", "[]", '{"base_urls": []}', "[" * 100_000, '{"base_urls": {"a": "\\ud800"}']
)
def test_unreadable_settings_are_set_aside_with_a_warning(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "s.json"
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_base_url_overrides(path) == {}
    assert "moved it to" in caplog.text
    assert not path.exists()
    (kept,) = tmp_path.glob("s.json.corrupt-*")  # kept for the user to look at, not deleted
    assert kept.read_text(encoding="utf-8") == content


@pytest.mark.parametrize("url", ["gopher://x", "http://a b", "http://x\r\nHost: evil", 5])
def test_a_bad_entry_is_skipped_and_the_file_kept(
    tmp_path: Path, url: object, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "s.json"
    content = json.dumps({"base_urls": {"binance": url, "kraken": "https://k.org"}})
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_base_url_overrides(path) == {"kraken": "https://k.org"}
    assert "ignoring base URL for binance" in caplog.text
    assert path.read_text(encoding="utf-8") == content


def test_good_entries_survive_bad_neighbours(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"base_urls": {"a": "http://x.org", "b": 5}}), encoding="utf-8")
    assert load_base_url_overrides(path) == {"a": "http://x.org"}


def test_explicit_override_beats_the_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_base_url_overrides({"binance": "https://a.org", "kraken": "https://k.org"}, path)
    merged = effective_base_urls(path, {"binance": "https://b.org"})
    assert merged == {"binance": "https://b.org", "kraken": "https://k.org"}


def test_default_paths_live_in_the_app_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_OVERRIDE, str(tmp_path))
    assert default_settings_path().parent == user_dirs().config
    assert default_cache_path().parent == user_dirs().ticker_cache
    assert default_settings_path().is_relative_to(tmp_path)
    assert default_cache_path().is_relative_to(tmp_path)
