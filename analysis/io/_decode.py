"""Bytes to text for article files: UTF-8 first, then Windows-1252 when it is clearly that.

French and English news that is not UTF-8 is, in practice, Windows-1252 or its subset
Latin-1. We decode such bytes as cp1252 only when charset-normalizer finds the result clean
(a low "mess" ratio: no control characters, odd symbol runs or alphabet mixtures) and it is
not UTF-8 mojibake (a UTF-8 file with a stray legacy byte: mixed encodings). Otherwise
(binary files, other encodings, mixtures) we ask for ``--encoding`` rather than guess.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["DecodeError", "decode_bytes"]

_LEGACY = "cp1252"  # a superset of Latin-1's printable characters
_MAX_CHAOS = 0.2  # highest mess ratio accepted: cp1252 news prose scores 0-0.17, UTF-8 read
#                   as cp1252 0.28 and more, binary files are refused outright
_MOJIBAKE = re.compile("[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                       "\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€")


class DecodeError(ValueError):
    """The bytes are not UTF-8 and no encoding could be chosen with confidence."""


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode an article file's bytes; return ``(text, encoding used)``.

    With ``encoding`` given, decode strictly with it. Otherwise: a UTF-8/UTF-16 byte order
    mark, else strict UTF-8, else a confidently detected legacy encoding. Raises
    ``DecodeError`` with a reason (the caller adds the file name).
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"not valid {encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}"
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return _detect(data, first_bad)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"starts with a {encoding} byte order mark but byte {exc.start} "
                          f"is not valid {encoding}") from None


def _detect(data: bytes, first_bad: int) -> tuple[str, str]:
    not_utf8 = f"not UTF-8 (byte 0x{data[first_bad]:02x} at offset {first_bad})"
    matches = list(charset_normalizer.from_bytes(data, cp_isolation=[_LEGACY], threshold=1.0))
    if not matches:
        raise DecodeError(f"{not_utf8} and not text in {_LEGACY} either")
    best = matches[0]
    text = str(best)
    if _MOJIBAKE.search(text):
        raise DecodeError(f"{not_utf8} but partly UTF-8 (mixed encodings)")
    if best.chaos > _MAX_CHAOS:
        raise DecodeError(f"{not_utf8} and does not read as clean {_LEGACY} text either")
    return text, _LEGACY
