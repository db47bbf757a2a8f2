"""Exchange logos as pixmaps, and the placeholder shown while loading or offline."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap


def initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").replace(".", " ").split() if w[:1].isalnum()]
    if len(words) >= 2:
        return (words[0][0] + words[1][0]).upper()
    return (words[0][:2] if words else "?").upper()


def placeholder(exchange_id: str, name: str, size: QSize) -> QPixmap:
    """Initials on a colour derived from the id: stable across runs, distinct between exchanges."""
    hue = int.from_bytes(hashlib.sha256(exchange_id.encode()).digest()[:2], "big") % 360
    background = QColor.fromHsl(hue, 140, 110)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(background)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRect(0, 0, size.width(), size.height()), 8, 8)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, size.height() * 2 // 5))
    painter.setFont(font)
    painter.setPen(QColor("white") if background.lightness() < 150 else QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return QPixmap.fromImage(image)


def logo_pixmap(data: bytes, size: QSize) -> QPixmap | None:
    """Decode downloaded logo bytes and scale them to fit ``size``; None if they don't decode."""
    image = QImage()
    if not image.loadFromData(data):
        return None
    scaled = image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return QPixmap.fromImage(scaled)
