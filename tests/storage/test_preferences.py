"""The one preferences store: typed values checked on the way out, saved atomically, damaged
files set aside, and the migration from market-settings.json."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from explorer.storage import preferences as prefs
from explorer.storage.folders import HOME_OVERRIDE, user_dirs
from explorer.storage.preferences import Preferences


def test_values_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    first = Preferences(path)
    first.set(prefs.GEOMETRY, b"\x01\x02\xff")
    first.set(prefs.SORT_COLUMN, 1)
    first.set(prefs.SELECTION, ("142", "JP", "bitflyer"))
    first.set(prefs.THEME, "dark")
    first.set_watchlist("kraken", ["BTC/USD", "ETH/USD", "BTC/USD"])
    first.set_base_url("binance", "https://api.binance.us/")
    first.save()

    again = Preferences(path)
    assert again.get(prefs.GEOMETRY) == b"\x01\x02\xff"
    assert again.get(prefs.SORT_COLUMN) == 1
    assert again.get(prefs.SELECTION) == ("142", "JP", "bitflyer")
    assert again.get(prefs.THEME) == "dark"
    assert again.watchlist("kraken") == ["BTC/USD", "ETH/USD"]
    assert again.base_urls() == {"binance": "https://api.binance.us"}


def test_defaults_when_nothing_is_stored(tmp_path: Path) -> None:
    fresh = Preferences(tmp_path / "none.json")
    assert [fresh.get(setting) for setting in prefs.SETTINGS] == [s.default for s in prefs.SETTINGS]
    assert fresh.base_urls() == {} and fresh.watchlist("kraken") == []
    assert not fresh.dirty


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("tree.sortColumn", 99999999999999999999),
        ("tree.sortColumn", "1"),
        ("tree.sortOrder", -1),
        ("tree.showDelisted", "maybe"),
        ("tree.selection", ["..", "etc", "passwd", "x"]),
        ("tree.selection", "142/JP"),
        ("window.geometry", "not base64!"),
        ("window.geometry", "A" * 1_000_000),
        ("ui.theme", "neon"),
        ("prices.refreshSeconds", 0),
    ],
)
def test_a_bad_value_is_ignored_with_a_warning(
    tmp_path: Path, key: str, stored: object, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"version": 1, "values": {key: stored}}), encoding="utf-8")
    setting = next(s for s in prefs.SETTINGS if s.key == key)
    with caplog.at_level(logging.WARNING):
        assert Preferences(path).get(setting) == setting.default
    assert f"preference {key} ignored" in caplog.text
    assert path.exists()  # one bad value is no reason to set the whole file aside


def test_setting_a_bad_value_raises(tmp_path: Path) -> None:
    store = Preferences(tmp_path / "p.json")
    with pytest.raises(ValueError):
        store.set(prefs.SORT_COLUMN, 7)
    with pytest.raises(ValueError, match="not an http"):
        store.set_base_url("binance", "api.binance.us")
    with pytest.raises(ValueError, match="not an exchange id"):
        store.set_base_url("Bin ance", "https://x.org")


@pytest.mark.parametrize(
    "content",
    [b"{oops", b"[]", b'{"version": 7}', b'{"version": 1, "values": []}', b"[" * 200_000],
)
def test_an_unreadable_file_is_set_aside(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        store = Preferences(path)
    assert store.get(prefs.THEME) == "system"
    assert "moved it to" in caplog.text
    (kept,) = tmp_path.glob("preferences.json.corrupt-*")
    assert kept.read_bytes() == content


@pytest.mark.parametrize("url", ["gopher://x", "http://a b", "http://x\r\nHost: evil", 5])
def test_a_bad_base_url_is_skipped_and_the_rest_kept(
    tmp_path: Path, url: object, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "preferences.json"
    base_urls = {"binance": url, "kraken": "https://k.org"}
    path.write_text(json.dumps({"version": 1, "base_urls": base_urls}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert Preferences(path).base_urls() == {"kraken": "https://k.org"}
    assert "ignoring base URL for binance" in caplog.text


def test_market_settings_are_migrated_once(tmp_path: Path) -> None:
    legacy = tmp_path / "market-settings.json"
    legacy.write_text(json.dumps({"base_urls": {"binance": "https://api.binance.us/"}}))
    store = Preferences(tmp_path / "preferences.json", legacy_market_settings=legacy)
    assert store.base_urls() == {"binance": "https://api.binance.us"}
    store.save()
    assert not legacy.exists() and legacy.with_name("market-settings.json.migrated").exists()
    assert Preferences(tmp_path / "preferences.json").base_urls() == store.base_urls()


def test_a_damaged_legacy_file_is_set_aside_not_migrated(tmp_path: Path) -> None:
    legacy = tmp_path / "market-settings.json"
    legacy.write_bytes(b"[" * 200_000)
    store = Preferences(tmp_path / "preferences.json", legacy_market_settings=legacy)
    assert store.base_urls() == {}
    assert list(tmp_path.glob("market-settings.json.corrupt-*"))


def test_an_unwritable_folder_keeps_working(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    store = Preferences(blocker / "preferences.json")
    store.set(prefs.THEME, "dark")
    with caplog.at_level(logging.WARNING):
        store.save()
    assert "could not write the preferences" in caplog.text
    assert store.get(prefs.THEME) == "dark" and store.dirty


def test_the_folders_live_below_the_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_OVERRIDE, str(tmp_path))
    dirs = user_dirs()
    assert dirs.preferences_file.is_relative_to(tmp_path)
    assert all(folder.is_relative_to(tmp_path) for folder in dirs.folders())
