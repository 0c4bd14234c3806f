"""Bytes to text: UTF-8 first, then UTF-16, then detected encodings; binary files are refused.

The text that comes out is the text every offset in a report points into, so it is cleaned here
once: line endings become ``\\n``, stray NUL bytes are dropped, and other control characters
(which no article means, and which a terminal would obey) become spaces.
"""

from __future__ import annotations

import logging
import re

from sitrep.errors import InputError

log = logging.getLogger(__name__)

# Control characters other than the white space ones: a text file has few, a binary one many.
_CONTROL = set(range(0, 9)) | set(range(14, 32))
_MAX_CONTROL_SHARE = 0.05
# A text file may carry a few stray NULs (a bad export); a binary file carries many.
_STRAY_NUL_SHARE = 0.01
# Counts too small to judge a share by (a short file with one stray byte is still text).
_FEW = 8
# Share of ASCII bytes above which a file that is not UTF-8 is read as Windows-1252 (Latin-1's
# superset): English text with a few accented names, where detectors guess wildly (a CJK codec
# for 'Genève' in a sentence of ASCII).
_MOSTLY_ASCII = 0.9

# What a newsroom researcher is likely to hand us by mistake, by its first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document, not text; extract its text first (for example with pdftotext)"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document), not text; save it as text"),
    (b"\xd0\xcf\x11\xe0", "a Word/Office document, not text; save it as text or HTML"),
    (b"\x1f\x8b", "a gzip archive, not text; decompress it first"),
    (b"SQLite format 3\x00", "an SQLite database, not text"),
)
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")

# C0 controls but the white space ones (tab, line breaks), DEL and the C1 controls but NEL:
# never article text, and a terminal showing the report would obey them (ESC sequences).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028]")
# Invisible typesetting marks that split a word for the parser and the gazetteer ('Mar\u00adtuni'):
# soft hyphen, zero-width space, word joiner, stray byte-order marks, direction marks and
# overrides. (Zero-width joiners stay: they hold emoji together.)
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    nuls = sample.count(b"\x00")
    controls = sum(1 for b in sample if b in _CONTROL)
    return (
        nuls > max(_FEW, _STRAY_NUL_SHARE * len(sample))
        or controls > max(_FEW, _MAX_CONTROL_SHARE * len(sample))
        or nuls + controls > 0.1 * len(sample)  # a short file that is mostly control bytes
    )


def decode(data: bytes, *, origin: str) -> str:
    """Decode ``data``; raise InputError naming ``origin`` for binary or undecodable input."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(origin, f"binary file: {what}")
    if data.startswith(_UTF32_BOMS):
        return _decoded(data, "utf-32", origin)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decoded(data, "utf-16", origin)
    elif (utf16 := _utf16_without_bom(data)) is not None:
        return _decoded(data, utf16, origin)
    if looks_binary(data):
        raise InputError(origin, "binary file, not text (expected .txt, .html or .jsonl)")
    if b"\x00" in data:
        log.warning("%s: dropped %d stray NUL byte(s)", origin, data.count(b"\x00"))
        data = data.replace(b"\x00", b"")
    try:
        return clean_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(data)
    if declared is not None:
        try:
            return clean_text(data.decode(declared))
        except (UnicodeDecodeError, LookupError):
            pass  # the page is wrong about itself: detect instead
    if sum(1 for b in data[:65536] if b < 0x80) > _MOSTLY_ASCII * min(len(data), 65536):
        try:
            return clean_text(data.decode("cp1252"))
        except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
            return clean_text(data.decode("latin-1"))
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "not UTF-8 and no text encoding could be detected")
    return clean_text(str(best))


# <meta charset="...">, <meta ... content="text/html; charset=...">, <?xml ... encoding="..."?>
_DECLARED = re.compile(
    rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)


def declared_encoding(data: bytes) -> str | None:
    """The encoding an HTML or XML file declares in its head, when it names one Python knows."""
    import codecs

    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL, as in mostly-Latin UTF-16."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd > 0.7 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.7 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _decoded(data: bytes, encoding: str, origin: str) -> str:
    try:
        return clean_text(data.decode(encoding))
    except UnicodeDecodeError as exc:
        raise InputError(
            origin, f"looks like {encoding.upper()} but does not decode: {exc}"
        ) from None


def clean_text(text: str) -> str:
    """Line breaks of every kind as ``\\n``; a paragraph separator as a blank line; NULs and
    invisible marks dropped; other control characters turned into spaces."""
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text.replace("\x00", ""))
    return blank_controls(text)


def blank_controls(text: str) -> str:
    """Control characters that are not white space become spaces: offsets do not move."""
    return _CONTROLS.sub(" ", text)
