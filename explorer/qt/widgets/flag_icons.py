"""Country flags from the bundled SVGs (flag-icons, MIT).

At the tree's size they come from a prebuilt atlas per pixel ratio (``make flags`` writes them;
a test checks they match the SVGs): rendering each SVG on the fly cost ~0.4 ms a flag, ~18 ms
of the first paint. The atlas holds raw premultiplied RGBA, zlib-compressed, because Qt's first
PNG decode costs ~4 ms of start-up and this ~0.3 ms. Other sizes and ratios are rendered from
the SVG, once each.
"""

from __future__ import annotations

import logging
import re
import zlib
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from explorer.resources import resource
from explorer.storage.files import read_regular_file

log = logging.getLogger(__name__)

FLAG_SIZE = QSize(20, 15)  # the flags are 4:3
ATLAS_RATIOS = (1, 2)
ATLAS_COLUMNS = 16
ATLAS_FORMAT = QImage.Format.Format_RGBA8888_Premultiplied  # byte order fixed on every CPU
ATLAS_MAGIC = b"exchange-explorer flag atlas 1\n"
MAX_ATLAS_FILE_BYTES = 4 << 20
MAX_ATLAS_PIXELS = 2048 * 2048
_HEADER = re.compile(rb"(\d{1,4}) (\d{1,4})\n([a-z0-9,-]{0,8000})\n")


def atlas_name(ratio: int) -> str:
    return f"atlas-{FLAG_SIZE.width()}x{FLAG_SIZE.height()}@{ratio}x.bin"


def encode_atlas(image: QImage, codes: list[str]) -> bytes:
    """The atlas file for ``image`` (cells in ``codes`` order): magic, "width height", the codes
    comma-separated, then the pixels as zlib-compressed premultiplied RGBA."""
    pixels = image.convertToFormat(ATLAS_FORMAT)
    width, height = pixels.width(), pixels.height()
    rows = bytes(pixels.constBits())
    stride = pixels.bytesPerLine()
    packed = b"".join(rows[y * stride : y * stride + width * 4] for y in range(height))
    header = f"{width} {height}\n{','.join(codes)}\n".encode("ascii")
    return ATLAS_MAGIC + header + zlib.compress(packed, 9)


def decode_atlas(data: bytes) -> tuple[QImage, list[str]]:
    """The image and cell codes of an atlas file; ValueError if it is not a whole one."""
    if not data.startswith(ATLAS_MAGIC):
        raise ValueError("not a flag atlas")
    header = _HEADER.match(data, len(ATLAS_MAGIC))
    if header is None:
        raise ValueError("bad header")
    width, height = int(header[1]), int(header[2])
    if not 0 < width * height <= MAX_ATLAS_PIXELS:
        raise ValueError(f"implausible size {width}x{height}")
    expected = width * height * 4
    inflate = zlib.decompressobj()
    try:
        pixels = inflate.decompress(data[header.end() :], expected)
    except zlib.error as exc:
        raise ValueError(f"damaged pixels ({exc})") from None
    if len(pixels) != expected or not inflate.eof or inflate.unconsumed_tail:
        raise ValueError("pixels do not match the size")
    image = QImage(pixels, width, height, width * 4, ATLAS_FORMAT)
    return image.copy(), header[3].decode("ascii").split(",")  # copy: own the pixels


def render_flag(code: str, width: int, height: int) -> QImage:
    """The SVG flag of ``code`` rendered at exactly ``width`` x ``height`` (transparent if none)."""
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    flag = resource("flags", f"{code.lower()}.svg")
    if flag.is_file():
        renderer = QSvgRenderer(flag.read_bytes())
        if renderer.isValid():
            painter = QPainter(image)
            # Qt's SVG renderer ignores <clipPath>; clip so no flag paints outside its box.
            painter.setClipRect(image.rect())
            renderer.render(painter, QRectF(image.rect()))
            painter.end()
    return image


class FlagAtlas:
    """The flags of one pixel ratio in a grid, cut out on request."""

    def __init__(self, image: QImage, cell: QSize, codes: list[str]) -> None:
        self._image = image
        self._cell = cell
        self._cells = {code: i for i, code in enumerate(codes) if code}

    @classmethod
    def load(cls, ratio: int) -> FlagAtlas | None:
        """The bundled atlas for ``ratio``; None (logged) if it is missing or unreadable."""
        path = Path(str(resource("flags", atlas_name(ratio))))
        try:
            image, codes = decode_atlas(read_regular_file(path, MAX_ATLAS_FILE_BYTES))
        except (OSError, ValueError) as exc:
            log.warning("flag atlas %s is unreadable (%s); rendering the SVGs", path, exc)
            return None
        cell = FLAG_SIZE * ratio
        columns, rows = image.width() // cell.width(), image.height() // cell.height()
        if columns != ATLAS_COLUMNS or rows * columns < len(codes):
            log.warning("flag atlas %s has the wrong shape; rendering the SVGs", path)
            return None
        return cls(image, cell, codes)

    def codes(self) -> list[str]:
        return list(self._cells)

    def image(self, code: str) -> QImage | None:
        cell = self._cells.get(code.lower())
        if cell is None:
            return None
        row, column = divmod(cell, ATLAS_COLUMNS)
        width, height = self._cell.width(), self._cell.height()
        return self._image.copy(QRect(column * width, row * height, width, height))


class FlagIcons:
    """Flags as icons for views: only the ones a view actually paints are ever cut or rendered."""

    def __init__(self, size: QSize = FLAG_SIZE, device_pixel_ratio: float = 1.0) -> None:
        self._size = size
        self._ratio = max(1.0, device_pixel_ratio)
        self._icons: dict[str, QIcon] = {}
        self._use_atlas = size == FLAG_SIZE and self._ratio in ATLAS_RATIOS
        self._atlas: FlagAtlas | None = None

    def icon(self, code: str) -> QIcon:
        if code not in self._icons:
            self._icons[code] = QIcon(self.pixmap(code))
        return self._icons[code]

    @property
    def from_atlas(self) -> bool:
        """Whether icons are cut from a prebuilt atlas (once loaded) rather than rendered."""
        return self._atlas is not None

    def pixmap(self, code: str) -> QPixmap:
        """The flag of ``code`` at this size and ratio (an empty pixmap if there is no flag)."""
        if self._use_atlas and self._atlas is None:
            self._atlas = FlagAtlas.load(int(self._ratio))
            self._use_atlas = self._atlas is not None
        image = self._atlas.image(code) if self._atlas is not None else None
        if image is None:
            width = round(self._size.width() * self._ratio)
            image = render_flag(code, width, round(self._size.height() * self._ratio))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio)
        return pixmap
