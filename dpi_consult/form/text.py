"""Decoding a form file's bytes: UTF-8, with or without a byte-order mark."""

from __future__ import annotations

from dpi_consult.errors import FormError


def decode_form_bytes(raw: bytes, origin: str) -> str:
    """UTF-8 text of a form file, BOM tolerated."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormError(f"le fichier n’est pas en UTF-8 (octet invalide à la position {exc.start})",
                        origin) from None
