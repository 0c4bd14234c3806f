"""Bytes to text: UTF-8 first, then detected encodings; binary files are refused."""

from __future__ import annotations

from sitrep.errors import InputError

# Control characters other than tab, newline, carriage return, form feed: a text file has few.
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32))


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > 0.05


def decode(data: bytes, *, origin: str) -> str:
    """Decode ``data``; raise InputError naming ``origin`` for binary or undecodable input."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return normalize_newlines(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise InputError(origin, f"looks like UTF-16 but does not decode: {exc}") from None
    if looks_binary(data):
        raise InputError(origin, "binary file, not text (expected .txt, .html or .jsonl)")
    try:
        return normalize_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "not UTF-8 and no text encoding could be detected")
    return normalize_newlines(str(best))


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
