"""Local files: read defensively, written atomically, set aside when unusable, temp files swept."""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from pathlib import Path

import pytest

from explorer.storage.files import (
    UnsafeFileError,
    load_json,
    read_regular_file,
    remove_stale_temps,
    set_aside,
    temp_bytes,
    write_atomic,
)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    done = threading.Event()

    def read() -> None:
        with pytest.raises(UnsafeFileError, match="not a regular file"):
            read_regular_file(path, 1000)
        done.set()

    threading.Thread(target=read, daemon=True).start()
    assert done.wait(5), "reading a FIFO blocked"


def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "zero"
    path.symlink_to("/dev/zero")
    with pytest.raises(UnsafeFileError, match="not a regular file"):
        read_regular_file(path, 1000)


def test_a_file_over_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(UnsafeFileError, match="larger than 1000 bytes"):
        read_regular_file(path, 1000)
    path.write_bytes(b"x" * 1000)
    assert read_regular_file(path, 1000) == b"x" * 1000


def test_a_missing_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "absent", 10)
    assert load_json(tmp_path / "absent", max_bytes=10, what="x") is None


@pytest.mark.parametrize(
    "content", [b"[" * 200_000, b"{not json", b"\xff\xfe", b'{"a": 1}', b"x" * 2000]
)
def test_unusable_json_is_set_aside(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)

    def validate(document: object) -> list[object]:
        if not isinstance(document, list):
            raise TypeError("not a list")
        return document

    with caplog.at_level(logging.WARNING):
        assert load_json(path, max_bytes=1000, what="the test file", validate=validate) is None
    assert not path.exists()
    (kept,) = tmp_path.glob("settings.json.corrupt-*")
    assert kept.read_bytes() == content
    assert "the test file" in caplog.text and "moved it to" in caplog.text


def test_valid_json_is_returned(tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    path.write_text(json.dumps([1, 2]), encoding="utf-8")
    assert load_json(path, max_bytes=100, what="x") == [1, 2]


def test_set_aside_of_an_unmovable_file_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        assert set_aside(tmp_path / "absent", "gone") is None
    assert "could not move it aside" in caplog.text


def test_write_atomic_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "a" / "file.json"
    write_atomic(path, b"one")
    path.chmod(0o600)
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two"
    assert path.stat().st_mode & 0o777 == 0o600
    assert list(path.parent.glob(".*.tmp")) == []


def test_only_abandoned_temporary_files_are_removed(tmp_path: Path) -> None:
    import fcntl

    abandoned = tmp_path / ".tickers.json.abc123.tmp"
    live = tmp_path / ".tickers.json.def456.tmp"
    young = tmp_path / ".tickers.json.ghi789.tmp"
    unrelated = tmp_path / ".hidden.tmp.not"
    for path in (abandoned, live, young, unrelated):
        path.write_bytes(b"x" * 100)
    for path in (abandoned, live, unrelated):
        os.utime(path, (time.time() - 60, time.time() - 60))
    assert temp_bytes(tmp_path) == 300
    with live.open("rb") as writer:
        fcntl.flock(writer.fileno(), fcntl.LOCK_EX)
        removed = remove_stale_temps(tmp_path)
    assert removed == [(abandoned, 100)]
    assert live.exists() and young.exists() and unrelated.exists()


def test_a_missing_folder_has_no_temporary_files(tmp_path: Path) -> None:
    assert remove_stale_temps(tmp_path / "absent") == []
    assert temp_bytes(tmp_path / "absent") == 0
