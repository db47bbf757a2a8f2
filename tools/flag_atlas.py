"""Builds the flag atlases (``resources/flags/atlas-*.bin``) from the bundled SVGs.

Run ``make flags`` after adding or changing a flag; tests/qt/test_flags.py fails while the
atlases and the SVGs disagree.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter

from explorer.qt.widgets.flag_icons import (
    ATLAS_COLUMNS,
    ATLAS_RATIOS,
    FLAG_SIZE,
    atlas_name,
    encode_atlas,
    render_flag,
)
from explorer.resources import resource
from explorer.storage.files import write_atomic


def flag_codes() -> list[str]:
    """Every bundled flag's code, sorted (the atlas's cell order)."""
    return sorted(
        entry.name.removesuffix(".svg")
        for entry in resource("flags").iterdir()
        if entry.name.endswith(".svg")
    )


def build_atlas(ratio: int) -> QImage:
    codes = flag_codes()
    width, height = FLAG_SIZE.width() * ratio, FLAG_SIZE.height() * ratio
    rows = math.ceil(len(codes) / ATLAS_COLUMNS)
    atlas = QImage(ATLAS_COLUMNS * width, rows * height, QImage.Format.Format_ARGB32_Premultiplied)
    atlas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(atlas)
    for cell, code in enumerate(codes):
        row, column = divmod(cell, ATLAS_COLUMNS)
        painter.drawImage(QPoint(column * width, row * height), render_flag(code, width, height))
    painter.end()
    return atlas


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])  # QPainter and the SVG renderer want one
    folder = Path(str(resource("flags")))
    for stale in folder.glob("atlas-*.png"):  # the format before raw pixels
        stale.unlink()
    for ratio in ATLAS_RATIOS:
        target = folder / atlas_name(ratio)
        write_atomic(target, encode_atlas(build_atlas(ratio), flag_codes()))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
