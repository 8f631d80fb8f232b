"""File names the app proposes, built from what users typed, that Windows, macOS and Linux all accept."""

from __future__ import annotations

import re
import unicodedata

# Windows refuses these as a file's name whatever its extension ("CON.docx", "nul.dpic"), in any case.
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])", re.IGNORECASE)
# Anything but letters (accented included), digits, underscores and hyphens becomes one hyphen: this drops
# Windows' forbidden < > : " / \ | ? * and control characters, and the spaces and dots it trims at the end.
_SEPARATORS = re.compile(r"[^\w-]+")
MAX_STEM = 80  # well under Windows' 260-character paths once a folder and a suffix are added


def file_stem(text: str, max_length: int = MAX_STEM) -> str:
    """`text` as the stem of a file name ("CH d’Alès / site Nord" gives "CH-d-Alès-site-Nord"); empty if none."""
    # Composed accents: the same name typed on macOS and on Windows gives the same file.
    stem = _SEPARATORS.sub("-", unicodedata.normalize("NFC", text)).strip("-_")
    stem = stem[:max_length].rstrip("-_")
    if _RESERVED.fullmatch(stem):
        stem = f"{stem}-dpi"
    return stem
