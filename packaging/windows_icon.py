"""The Windows icon (.ico) drawn from the SVG master, one PNG image per size, as Windows Vista and later read it."""

from __future__ import annotations

import os
import struct
from pathlib import Path

# Explorer picks among these for lists, tiles and the taskbar; 256 is drawn as PNG, as every size is here.
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_images(svg: Path, sizes: tuple[int, ...] = SIZES) -> list[bytes]:
    """The SVG drawn at each size, as PNG bytes (Qt, offscreen: no screen needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: SVG illisible")
    images = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        images.append(bytes(data.data()))
    return images


def ico_bytes(images: list[bytes], sizes: tuple[int, ...] = SIZES) -> bytes:
    """An ICO file holding `images` (PNG) of `sizes`: the 6-byte header, one 16-byte entry each, the images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # the format writes 256 as 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


def write_ico(svg: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes(png_images(svg)))
    return target
