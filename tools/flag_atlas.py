"""Builds the flag atlases (``resources/flags/atlas-*.png``) from the bundled SVGs.

Run ``make flags`` after adding or changing a flag; tests/qt/test_flags.py fails while the
atlases and the SVGs disagree.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from PySide6.QtGui import QImage, QPainter

from explorer.qt.widgets.flag_icons import (
    ATLAS_CODES_KEY,
    ATLAS_COLUMNS,
    ATLAS_RATIOS,
    FLAG_SIZE,
    atlas_name,
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
    atlas.setText(ATLAS_CODES_KEY, ",".join(codes))
    return atlas


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("could not encode the flag atlas as PNG")
    return bytes(buffer.data())


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])  # QPainter and the SVG renderer want one
    folder = Path(str(resource("flags")))
    for ratio in ATLAS_RATIOS:
        target = folder / atlas_name(ratio)
        write_atomic(target, png_bytes(build_atlas(ratio)))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
