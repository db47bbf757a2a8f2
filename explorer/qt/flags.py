"""Country flags from the bundled SVGs (flag-icons, MIT), rendered once per code and size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from explorer.resources import resource

FLAG_SIZE = QSize(20, 15)  # the flags are 4:3


class FlagIcons:
    """Lazily renders flags: only the ones a view actually paints are ever parsed."""

    def __init__(self, size: QSize = FLAG_SIZE, device_pixel_ratio: float = 1.0) -> None:
        self._size = size
        self._ratio = max(1.0, device_pixel_ratio)
        self._icons: dict[str, QIcon] = {}

    def icon(self, code: str) -> QIcon:
        if code not in self._icons:
            self._icons[code] = QIcon(self.pixmap(code, self._size))
        return self._icons[code]

    def pixmap(self, code: str, size: QSize) -> QPixmap:
        """The flag of ``code`` at exactly ``size`` (an empty pixmap if there is no flag)."""
        image = QImage(
            round(size.width() * self._ratio),
            round(size.height() * self._ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
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
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio)
        return pixmap
