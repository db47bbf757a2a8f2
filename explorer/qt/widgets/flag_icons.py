"""Country flags from the bundled SVGs (flag-icons, MIT).

At the tree's size they come from a prebuilt atlas, one PNG per pixel ratio (``make flags``
writes them; a test checks they match the SVGs): rendering each SVG on the fly cost ~0.4 ms a
flag, ~18 ms of the first paint. Other sizes and ratios are rendered from the SVG, once each.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from explorer.resources import resource

log = logging.getLogger(__name__)

FLAG_SIZE = QSize(20, 15)  # the flags are 4:3
ATLAS_RATIOS = (1, 2)
ATLAS_COLUMNS = 16
ATLAS_CODES_KEY = "codes"  # the PNG text entry listing the codes, in cell order


def atlas_name(ratio: int) -> str:
    return f"atlas-{FLAG_SIZE.width()}x{FLAG_SIZE.height()}@{ratio}x.png"


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

    def __init__(self, image: QImage, cell: QSize) -> None:
        self._image = image
        self._cell = cell
        codes = image.text(ATLAS_CODES_KEY).split(",")
        self._cells = {code: i for i, code in enumerate(codes) if code}

    @classmethod
    def load(cls, ratio: int) -> FlagAtlas | None:
        """The bundled atlas for ``ratio``; None (logged) if it is missing or unreadable."""
        path = resource("flags", atlas_name(ratio))
        image = QImage.fromData(path.read_bytes()) if path.is_file() else QImage()
        if image.isNull() or not image.text(ATLAS_CODES_KEY):
            log.warning("flag atlas %s is missing or unreadable; rendering the SVGs", path)
            return None
        return cls(image, FLAG_SIZE * ratio)

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
