"""Start-up with every local file damaged in every way we know of: never a crash or a hang, the
file set aside (or its bad value ignored), a warning logged, defaults used.

The window settings file is read before the first paint, so it is tried with the real entry
point in a subprocess; the files the services read (market settings, ticker cache, logos) are
tried in-process through the services' warm-up and the window's use of them.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from explorer.storage.folders import user_dirs

pytestmark = pytest.mark.subprocess

Damage = Callable[[Path], None]


def write(content: bytes) -> Damage:
    return lambda path: path.write_bytes(content)


def fifo(path: Path) -> None:
    os.mkfifo(path)


def dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def directory(path: Path) -> None:
    path.mkdir()


DAMAGE: dict[str, Damage] = {
    "deep nesting": write(b"[" * 200_000),
    "FIFO": fifo,
    "/dev/zero": dev_zero,
    "60 MB": write(b" " * 60_000_000),
    "binary junk": write(bytes(range(256)) * 64),
    "a directory": directory,
}
SETTINGS_INI: dict[str, Damage] = {
    **DAMAGE,
    "sortColumn out of range": write(b"[tree]\nsortColumn=99999999999999999999\nsortOrder=7\n"),
    "negative sort order": write(b"[tree]\nsortColumn=-1\nsortOrder=-2147483649\n"),
    "hostile selection": write(b"[tree]\nselection=../../etc/passwd\nshowDelisted=maybe\n"),
    "hostile geometry": write(b"[window]\ngeometry=@ByteArray(" + b"\\xff" * 70_000 + b")\n"),
}


@pytest.mark.parametrize("damage", SETTINGS_INI.values(), ids=SETTINGS_INI.keys())
def test_the_app_starts_whatever_the_window_settings_file_holds(
    damage: Damage, tmp_path: Path
) -> None:
    settings = tmp_path / "config" / "settings.ini"
    settings.parent.mkdir(parents=True)
    damage(settings)
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env |= {"EXCHANGE_EXPLORER_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "--exit-after-startup"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert time.monotonic() - started < 20
    # A second start must work too: what was set aside is no longer in the way.
    again = subprocess.run(
        [sys.executable, "-m", "explorer", "--exit-after-startup"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr[-2000:]


@pytest.mark.parametrize("name", ["preferences.json", "market-settings.json", "tickers.json"])
@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_the_services_start_whatever_their_files_hold(
    make_window, damage: Damage, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    dirs = user_dirs()
    folder = dirs.ticker_cache if name == "tickers.json" else dirs.config
    folder.mkdir(parents=True, exist_ok=True)
    damage(folder / name)
    window = make_window()
    with caplog.at_level(logging.WARNING):
        window.bridge.services.warm_up()
        assert window.tree.select_path(["019", "US", "kraken"])
    assert window.detail.exchange is not None and window.detail.exchange.id == "kraken"
    assert window.ticker.model.symbols()  # the watchlist shows (from defaults)
    if damage is not directory:  # a directory cannot be renamed over… it is still ignored
        assert list(folder.glob(f"{name}.corrupt-*")), caplog.text
        assert "moved it to" in caplog.text


def test_temporary_files_of_killed_writers_are_removed_at_the_next_start(
    make_window, tmp_path: Path
) -> None:
    cache = user_dirs().ticker_cache
    cache.mkdir(parents=True)
    target = cache / "tickers.json"
    # A writer killed with SIGKILL in the middle of write_atomic (its fsync never returns).
    child = subprocess.Popen(
        [sys.executable, "-c", (
            "import os, sys, time\n"
            "from pathlib import Path\n"
            "from explorer.storage import files\n"
            "os.fsync = lambda fd: time.sleep(600)\n"
            f"files.write_atomic(Path({str(target)!r}), b'x' * 5_000_000)\n"
        )],
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 20
        while not list(cache.glob(".tickers.json.*.tmp")) and time.monotonic() < deadline:
            time.sleep(0.05)
        (temporary,) = cache.glob(".tickers.json.*.tmp")
        time.sleep(2.5)  # older than the grace period, but its writer is alive: kept
        window = make_window()
        window.bridge.services.warm_up()
        assert temporary.exists()
    finally:
        child.kill()
        child.wait()
    make_window().bridge.services.warm_up()  # the next start, with the writer dead
    assert not temporary.exists()
    assert not target.exists()


def test_a_cached_logo_that_does_not_decode_is_fetched_again(make_window) -> None:
    window = make_window()
    exchange = window.index.exchange("kraken")
    assert exchange.logo
    logos = window.bridge.services.logos()
    logos.directory.mkdir(parents=True, exist_ok=True)
    # A PNG whose chunks are sound but whose image data is garbage: only decoding can tell.
    import zlib

    from explorer.logos.cache import _stem

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
        )

    broken = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", (4).to_bytes(4, "big") * 2 + b"\x08\x06\x00\x00\x00")
        + chunk(b"IDAT", b"not zlib at all")
        + chunk(b"IEND", b"")
    )
    path = logos.directory / f"{_stem(exchange.logo)}.png"
    path.write_bytes(broken)
    requested: list[str] = []
    window.bridge.request_logo = requested.append  # type: ignore[method-assign]
    assert window.tree.select_path(["019", "US", "kraken"])
    assert not path.exists()  # dropped, so it is downloaded afresh
    assert requested == [exchange.logo]
