"""Bytes to text: detect the encoding, drop the BOM, normalise line ends, refuse non-text.

Every refusal is a :class:`CleaningError` naming the file, with one line saying why.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from ..errors import CleaningError, Problem

# A saved web page is rarely over 5 MB; 50 MB is far beyond any article and bounds memory.
MAX_INPUT_BYTES = 50_000_000
# Share of control characters above which a file is treated as binary, not text, and how much of
# it is looked at: a binary file shows itself at once.
MAX_CONTROL_SHARE = 0.01
BINARY_SAMPLE_CHARS = 20_000
# Detection reads this much: enough for any encoding's signature, fast on big pages.
DETECTION_SAMPLE_BYTES = 200_000
# charset-normalizer's "chaos" above which its best guess is still gibberish.
MAX_CHAOS = 0.3
# Valid multi-byte UTF-8 sequences that show a file was meant as UTF-8 despite bad bytes.
MIN_UTF8_SEQUENCES = 3

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029|\x85")
_OTHER_LINE_ENDS = ("\r", "\u2028", "\u2029", "\x85")
# Unicode's control characters (category Cc) other than tab, line feed, form feed and return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def to_text(raw: bytes, name: str) -> str:
    """The text of ``raw``; raises :class:`CleaningError` when it is empty, too big, binary or undecodable."""
    check_size(len(raw), name)
    if not raw or raw.isspace():
        raise _error(name, "file is empty")
    text = _decode(raw, name)
    if not text or text.isspace():
        raise _error(name, "file is empty")
    if _is_binary(text):
        raise _error(name, "binary file, not a text dump or HTML page")
    if any(end in text for end in _OTHER_LINE_ENDS):  # faster than searching with the pattern
        text = _LINE_ENDS.sub("\n", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def check_size(size: int, name: str) -> None:
    """Refuse an input over :data:`MAX_INPUT_BYTES` (callers check before reading a file)."""
    if size > MAX_INPUT_BYTES:
        raise _error(name, f"file is {size:,} bytes; the limit is {MAX_INPUT_BYTES:,}")


def _error(name: str, message: str) -> CleaningError:
    return CleaningError(Problem(name, message=message))


def _decode(raw: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(codec)
            except UnicodeDecodeError as error:
                raise _error(name, f"invalid {codec.upper()} text at byte {error.start + len(bom)}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if len(_UTF8_SEQUENCE.findall(raw[:DETECTION_SAMPLE_BYTES])) >= MIN_UTF8_SEQUENCES:
            raise _error(name, f"invalid UTF-8 text at byte {error.start} (mixed encodings?)") from None
    if b"\x00" in raw[:8192] and not _looks_utf16(raw):
        raise _error(name, "binary file, not a text dump or HTML page")
    return _detect(raw, name)


def _looks_utf16(raw: bytes) -> bool:
    sample = raw[:4096]
    return sample[1::2].count(0) > 0.4 * len(sample) / 2 or sample[0::2].count(0) > 0.4 * len(sample) / 2


def _detect(raw: bytes, name: str) -> str:
    best = from_bytes(raw[:DETECTION_SAMPLE_BYTES]).best()
    if best is None or best.encoding is None or best.chaos > MAX_CHAOS:
        raise _error(name, "cannot decode the text: not valid in any known encoding")
    try:
        return raw.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise _error(name, f"invalid {best.encoding} text") from None


def _is_binary(text: str) -> bool:
    sample = text[:BINARY_SAMPLE_CHARS]
    return bool(_CONTROL.search(sample)) and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample)
