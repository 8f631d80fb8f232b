"""The Qt widgets of dpi-consult; the only package that imports PySide6."""
