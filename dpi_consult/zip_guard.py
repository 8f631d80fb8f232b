"""A zip package written by someone else (a .docx), checked entry by entry before anything parses it."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable

# What a damaged archive raises from the zipfile module, whichever field is wrong: a bad offset seeks before
# the start of the file (ValueError), an encrypted entry asks for a password (RuntimeError), a broken deflate
# stream fails in zlib, a truncated header in struct.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, RuntimeError,
              NotImplementedError, zlib.error, struct.error, UnicodeDecodeError, KeyError)
READ_CHUNK = 1024 * 1024


def check_package(raw: bytes, fail: Callable[[str], Exception], *, total_limit: int,
                  part_limits: dict[str, int]) -> set[str]:
    """The names in the package, once every entry is known to be plain, of its declared size and intact.

    `fail(reason)` makes the error raised; `part_limits` caps some entries (the main document) far below the
    whole package, and the bytes are counted as they are decompressed, not taken from the headers.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = archive.infolist()
            names = [info.filename for info in infos]
            twice = sorted({name for name in names if names.count(name) > 1}) if len(set(names)) != len(names) else []
            if twice:
                raise fail(f"archive incohérente : élément « {twice[0]} » présent deux fois")
            for info in infos:
                if info.flag_bits & 0x1:
                    raise fail("document protégé par un mot de passe : enregistrez-le sans mot de passe")
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise fail(f"méthode de compression non prise en charge ({info.compress_type}) "
                               f"pour « {info.filename} »")
            if sum(info.file_size for info in infos) > total_limit:
                raise fail("archive anormalement volumineuse une fois décompressée")
            unpacked = 0
            for info in infos:
                limit = min(part_limits.get(info.filename, total_limit), info.file_size)
                unpacked += _read_entry(archive, info, limit, fail)
                if unpacked > total_limit:
                    raise fail("archive anormalement volumineuse une fois décompressée")
    except ZIP_ERRORS as exc:
        raise fail(f"archive .docx endommagée ({_reason(exc)})") from None
    return set(names)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int,
                fail: Callable[[str], Exception]) -> int:
    """The entry's bytes counted as they stream; more than declared, or than allowed, is refused."""
    if info.file_size > limit:
        raise fail(f"élément « {info.filename} » trop volumineux ({info.file_size // (1024 * 1024)} Mo)")
    count = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(READ_CHUNK):
                count += len(chunk)
                if count > limit:
                    raise fail(f"élément « {info.filename} » plus long que sa taille déclarée")
    except ZIP_ERRORS as exc:
        raise fail(f"élément « {info.filename} » illisible ({_reason(exc)})") from None
    return count


def _reason(exc: BaseException) -> str:
    """In the user's words: what kind of damage, not zipfile's English."""
    if isinstance(exc, zlib.error):
        return "données compressées corrompues"
    if isinstance(exc, zipfile.BadZipFile) and "CRC" in str(exc):
        return "contenu altéré : somme de contrôle fausse"
    if isinstance(exc, RuntimeError):
        return "élément chiffré"
    if isinstance(exc, NotImplementedError):
        return "méthode de compression non prise en charge"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return "structure de l’archive invalide"
