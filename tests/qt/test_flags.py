"""Flags: the prebuilt atlases match the SVGs they were built from, and the icons use them."""

from __future__ import annotations

import logging
import zlib

import pytest
from PySide6.QtGui import QImage

from explorer.qt.widgets import flag_icons as flags
from explorer.qt.widgets.flag_icons import (
    ATLAS_RATIOS,
    FLAG_SIZE,
    FlagAtlas,
    FlagIcons,
    render_flag,
)
from tools.flag_atlas import build_atlas, flag_codes


def _rgba(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(converted.constBits())[: converted.sizeInBytes()]


def _mean_difference(a: QImage, b: QImage) -> float:
    assert a.size() == b.size()
    left, right = _rgba(a), _rgba(b)
    return sum(abs(x - y) for x, y in zip(left, right, strict=True)) / len(left)


@pytest.mark.parametrize("ratio", ATLAS_RATIOS)
def test_bundled_atlas_matches_the_svgs(qapp, ratio: int) -> None:
    """Fails after a flag is added or changed until `make flags` is run. A small tolerance
    allows for anti-aliasing differences between the Qt versions pyproject accepts."""
    atlas = FlagAtlas.load(ratio)
    assert atlas is not None
    assert atlas.codes() == flag_codes() and len(atlas.codes()) >= 250
    fresh = FlagAtlas(build_atlas(ratio), FLAG_SIZE * ratio, flag_codes())
    worst = max(
        (_mean_difference(atlas.image(code), fresh.image(code)), code) for code in atlas.codes()
    )
    assert worst[0] < 2.0, f"flag {worst[1]} differs from its SVG by {worst[0]:.2f} per channel"


def test_a_misplaced_flag_would_be_caught(qapp) -> None:
    """The tolerance above is far below the difference between two flags."""
    japan, france = render_flag("jp", 20, 15), render_flag("fr", 20, 15)
    assert _mean_difference(japan, france) > 20


@pytest.mark.parametrize("ratio", ATLAS_RATIOS)
def test_icons_come_from_the_atlas(qapp, ratio: int) -> None:
    icons = FlagIcons(device_pixel_ratio=ratio)
    pixmap = icons.pixmap("JP")
    assert pixmap.devicePixelRatio() == ratio
    assert pixmap.size() == FLAG_SIZE * ratio
    expected = render_flag("jp", 20 * ratio, 15 * ratio)
    assert _mean_difference(pixmap.toImage(), expected) < 2.0
    assert icons.from_atlas


def test_other_ratios_and_unknown_codes_are_rendered(qapp) -> None:
    icons = FlagIcons(device_pixel_ratio=1.5)
    pixmap = icons.pixmap("fr")
    assert (pixmap.width(), pixmap.height()) == (30, 22)
    assert not icons.from_atlas
    blank = FlagIcons().pixmap("zz")  # no such flag: transparent, not an error
    assert blank.toImage().pixelColor(5, 5).alpha() == 0


def test_an_unreadable_atlas_falls_back_to_the_svgs(
    qapp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(flags, "atlas_name", lambda ratio: "README.md")  # not an atlas
    with caplog.at_level(logging.WARNING):
        pixmap = FlagIcons().pixmap("jp")
    assert "flag atlas" in caplog.text
    assert _mean_difference(pixmap.toImage(), render_flag("jp", 20, 15)) == 0


def _atlas_file(width: int, height: int, codes: str, pixels: bytes) -> bytes:
    return flags.ATLAS_MAGIC + f"{width} {height}\n{codes}\n".encode() + zlib.compress(pixels)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n", "not a flag atlas"),
        (flags.ATLAS_MAGIC + b"20 15\njp", "bad header"),
        (_atlas_file(20, 15, "jp", bytes(20 * 15 * 4))[:-5], "pixels do not match"),
        (_atlas_file(20, 15, "jp", bytes(20 * 15 * 4 + 1)), "pixels do not match"),
        (_atlas_file(20, 15, "jp", bytes(64 << 20)), "pixels do not match"),  # a bomb
        (_atlas_file(9999, 9999, "jp", b""), "implausible size"),
        (flags.ATLAS_MAGIC + b"20 15\njp\nnot zlib at all", "damaged pixels"),
    ],
)
def test_damaged_atlases_are_refused(qapp, data: bytes, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        flags.decode_atlas(data)


def test_an_atlas_round_trips(qapp) -> None:
    image = render_flag("jp", 40, 15).copy(0, 0, 20, 15)
    decoded, codes = flags.decode_atlas(flags.encode_atlas(image, ["jp"]))
    assert codes == ["jp"] and _mean_difference(decoded, image) == 0
