"""Bytes as a newsroom hands them over: odd encodings, odd line endings, files that are not text."""

from __future__ import annotations

import pytest

from sitrep.errors import InputError
from sitrep.ingest.decode import blank_controls, decode

TEXT = "Shelling near the dam\n\nThe governor said on Monday that the dam was hit twice.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.replace("\n", "\r\n").encode(),
        TEXT.replace("\n", "\r").encode(),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "utf32", "crlf", "cr"],
)
def test_every_encoding_and_line_ending_gives_the_same_text(data: bytes) -> None:
    assert decode(data, origin="a.txt") == TEXT


def test_latin1_is_detected() -> None:
    text = "The envoy met the minister in Genève and later flew to Zürich for talks.\n"
    assert decode(text.encode("latin-1"), origin="a.txt") == text


def test_stray_nul_bytes_are_dropped_not_a_binary_file() -> None:
    data = TEXT.encode().replace(b"governor", b"gover\x00nor")
    assert decode(data, origin="a.txt") == TEXT


def test_control_characters_become_spaces_and_escape_sequences_cannot_reach_a_terminal() -> None:
    data = TEXT.encode().replace(b"governor", b"\x1b[31mgov\x07")
    text = decode(data, origin="a.txt")
    assert "\x1b" not in text and "\x07" not in text
    assert " [31mgov " in text
    assert decode(b"One.\x0cTwo.\x0bThree.", origin="a.txt") == "One.\nTwo.\nThree."


def test_blank_controls_keeps_every_offset() -> None:
    text = "a\x00b\x1bc\td\ne\u2028f"
    assert blank_controls(text) == "a b c\td\ne\u2028f"
    assert len(blank_controls(text)) == len(text)


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (bytes(range(256)) * 4, "binary file"),
    ],
    ids=["pdf", "png", "docx", "noise"],
)
def test_binary_files_are_refused_saying_what_they_are(data: bytes, named: str) -> None:
    with pytest.raises(InputError, match=named) as caught:
        decode(data, origin="report.txt")
    assert caught.value.origin == "report.txt"


def test_invisible_marks_that_split_words_are_dropped() -> None:
    data = "Shelling hit Mar\u00adtuni and the\u200b dam\u200e on Monday.".encode()
    assert decode(data, origin="a.txt") == "Shelling hit Martuni and the dam on Monday."


def test_a_page_is_read_in_the_encoding_it_declares() -> None:
    page = (
        '<html><head><meta charset="iso-8859-2"></head><body><p>The envoy met Łukasz Wójcik '
        "in Łódź on Monday.</p></body></html>"
    )
    assert "Łukasz Wójcik in Łódź" in decode(page.encode("iso-8859-2"), origin="p.html")
    # A declaration that is wrong, or names no codec, falls back to detection.
    wrong = '<meta charset="utf-8"><p>Genève</p>'.encode("cp1252")
    assert "Genève" in decode(wrong, origin="p.html")
    unknown = '<meta charset="x-nonsense"><p>Genève</p>'.encode("cp1252")
    assert "Genève" in decode(unknown, origin="p.html")
