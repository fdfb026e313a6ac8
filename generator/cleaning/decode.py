"""Bytes to text: detect the encoding, drop the BOM, normalise line ends, refuse non-text."""

from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes

from ..errors import CleaningError, Problem

# A saved web page is rarely over 5 MB; 50 MB is far beyond any article and bounds memory.
MAX_INPUT_BYTES = 50_000_000
# Share of control characters above which a file is treated as binary, not text.
MAX_CONTROL_SHARE = 0.01


def to_text(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise CleaningError(Problem(name, message="file is empty"))
    if len(raw) > MAX_INPUT_BYTES:
        raise CleaningError(Problem(name, message=f"file is {len(raw):,} bytes; the limit is {MAX_INPUT_BYTES:,}"))
    text = _decode(raw, name)
    controls = sum(1 for ch in text[:100_000] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if b"\x00" in raw[:8192] or controls > MAX_CONTROL_SHARE * min(len(text), 100_000):
        raise CleaningError(Problem(name, message="binary file, not a text dump or HTML page"))
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _decode(raw: bytes, name: str) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(codec)
            except UnicodeDecodeError:
                break
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise CleaningError(Problem(name, message="cannot detect the text encoding"))
    try:
        return raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise CleaningError(Problem(name, message=f"invalid {best.encoding} text")) from None
