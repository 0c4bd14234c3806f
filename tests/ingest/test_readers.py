from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import ArticleDefaults, parse_date, read_inputs, readers
from sitrep.ingest.dateline import dateline_source, match_dateline
from sitrep.ingest.readers import MAX_CHARS
from sitrep.records import Article, Failure

ARTICLE = (
    "Clashes near the border\n\nThe ministry said on Saturday that two soldiers were killed.\n"
)


def _one(paths: list[str], **kw: object) -> list[Article | Failure]:
    return list(read_inputs(paths, **kw))  # type: ignore[arg-type]


def test_text_file_title_and_exact_text(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (article,) = _one([str(p)], defaults=ArticleDefaults(published=dt.date(2020, 11, 1)))
    assert isinstance(article, Article)
    assert article.title == "Clashes near the border"
    assert article.text == ARTICLE
    assert article.published == dt.date(2020, 11, 1)
    assert article.id.startswith("sha256:")


def test_no_title_without_blank_line(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("One line.\nAnother line.\n", encoding="utf-8")
    (article,) = _one([str(p)])
    assert isinstance(article, Article) and article.title is None


def test_non_utf8_file_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("The envoy said in Genève that the café in Zürich had reopened.".encode("cp1252"))
    (article,) = _one([str(p)])
    assert isinstance(article, Article)
    assert "Genève" in article.text


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda d: str(d / "missing.txt"), "no such file"),
        (lambda d: str(d), "is a directory"),
        (
            lambda d: (d / "b.txt").write_bytes(b"\x00\x01\x02binary\x00") and str(d / "b.txt"),
            "binary",
        ),
        (lambda d: (d / "e.txt").write_text("  \n\t\n") and str(d / "e.txt"), "empty text"),
    ],
)
def test_bad_inputs_are_failures_naming_the_input(
    tmp_path: Path, setup: object, reason: str
) -> None:
    path = setup(tmp_path)  # type: ignore[operator]
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    results = _one([path, str(good)])
    assert isinstance(results[0], Failure)
    assert results[0].origin == path and reason in results[0].reason
    assert isinstance(results[1], Article)


def test_a_jsonl_line_cut_short_says_where_once(tmp_path: Path) -> None:
    p = tmp_path / "cut.jsonl"
    p.write_text('{"id": "x1", "text": "The army said the town was shelled\n')
    (failure,) = _one([str(p)])
    assert isinstance(failure, Failure)
    assert failure.reason == "malformed JSON: Unterminated string starting at column 22"


def test_jsonl_lines_each_an_article_and_bad_lines_named(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": ARTICLE, "published": "2020-10-31", "source": "Wire"}),
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps(
            {
                "html": "<html><body><article><p>"
                + "The army said the town was shelled overnight. " * 3
                + "</p></article></body></html>"
            }
        ),
    ]
    p.write_text("\n".join(lines) + "\n")
    results = _one([str(p)])
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Failure", "Article"]
    first = results[0]
    assert isinstance(first, Article)
    assert (first.id, first.source, first.published) == ("x1", "Wire", dt.date(2020, 10, 31))
    assert results[1].origin == f"{p}:2" and "malformed JSON" in results[1].reason  # type: ignore[union-attr]
    assert results[2].origin == f"{p}:3"  # type: ignore[union-attr]


def test_html_page_text_title_and_date(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        """<html><head><title>Truce broken | Example Wire</title>
        <meta property="og:title" content="Truce broken near the front">
        <meta property="article:published_time" content="2020-10-28T09:00:00Z"></head>
        <body><nav>Home | World | Sport</nav><article><h1>Truce broken near the front</h1>
        <p>The defence ministry said on Tuesday that artillery shelled the village overnight.</p>
        <p>The other side denied the claim and called it disinformation.</p></article>
        <footer>All rights reserved</footer></body></html>""",
        encoding="utf-8",
    )
    (article,) = _one([str(p)])
    assert isinstance(article, Article)
    assert article.title == "Truce broken near the front"
    assert article.published == dt.date(2020, 10, 28)
    assert "artillery shelled the village" in article.text
    assert "All rights reserved" not in article.text and "Sport" not in article.text


def test_stdin() -> None:
    (article,) = _one(["-"], stdin=io.BytesIO(ARTICLE.encode()))
    assert isinstance(article, Article) and article.origin == "stdin"


def test_parse_date_forms() -> None:
    assert parse_date("2020-11-01") == dt.date(2020, 11, 1)
    assert parse_date("1 November 2020") == dt.date(2020, 11, 1)
    assert parse_date("2020-11-01T09:30:00Z") == dt.datetime(2020, 11, 1, 9, 30, tzinfo=dt.UTC)
    for bad in ("yesterday-ish", "November", "2020-02-30", ""):
        with pytest.raises(InputError):
            parse_date(bad)


def test_a_numeric_date_that_reads_two_ways_is_refused_not_guessed() -> None:
    for ambiguous in ("03/02/2024", "02.03.2024"):
        with pytest.raises(
            InputError, match=r"ambiguous \(2024-0\d-0\d or 2024-0\d-0\d\); use YYYY"
        ):
            parse_date(ambiguous)
    assert parse_date("13/02/2024") == dt.date(2024, 2, 13)  # one reading only
    assert parse_date("2024/03/02") == dt.date(2024, 3, 2)  # year first: year, month, day
    assert parse_date("03/03/2024") == dt.date(2024, 3, 3)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Title\n\nBAKU, Nov 1 (Example News) - The ministry said.", "Example News"),
        ("Title\n\nSTEPANAKERT, Oct. 28, 2020 (Caspian Wire) — Shells fell.", "Caspian Wire"),
        ("NEW YORK (Wire Service) - Markets fell.", "Wire Service"),
        ("Title\n\nSANAA/WASHINGTON, Jan 20 (Gulf Wire) - Talks failed.", "Gulf Wire"),
        ("Title\n\nThe ministry (which denied it) said - nothing.", None),
        ("Title\n\nGOMA, Feb 10 - Fighting forced thousands to flee.", None),
    ],
)
def test_dateline_names_the_outlet(text: str, source: str | None) -> None:
    assert dateline_source(text) == source


def test_given_source_wins_over_the_dateline(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Title\n\nBAKU, Nov 1 (Example News) - The ministry said.\n")
    (article,) = _one([str(p)], defaults=ArticleDefaults(source="Given"))
    assert isinstance(article, Article) and article.source == "Given"
    (article,) = _one([str(p)])
    assert isinstance(article, Article) and article.source == "Example News"


def test_jsonl_bad_lines_each_say_what_is_wrong(tmp_path: Path) -> None:
    p = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ARTICLE}),
        json.dumps({"id": "a2", "text": ARTICLE, "published": 12}),
        json.dumps({"id": "a3", "text": ARTICLE, "published": "2020-02-30"}),
        json.dumps({"id": "a4", "text": 7}),
        json.dumps({"id": True, "text": ARTICLE}),
        json.dumps({"id": "a1", "text": ARTICLE + "A later paragraph.\n"}),
        json.dumps({"id": "a1", "text": ARTICLE}),  # the same article again: harmless
    ]
    p.write_text("\n".join(lines) + "\n")
    results = _one([str(p)])
    reasons = {r.origin.rsplit(":", 1)[1]: r.reason for r in results if isinstance(r, Failure)}
    assert "not a number" in reasons["2"] and "2020-11-01" in reasons["2"]
    assert reasons["3"] == "'2020-02-30' is not a valid date (day is out of range for month)"
    assert reasons["4"] == "'text' must be a string, not a number"
    assert reasons["5"] == "'id' must be a string, not true/false"
    assert reasons["6"] == f"id 'a1' already given to a different text ({p}:1)"
    assert [r.id for r in results if isinstance(r, Article)] == ["a1", "a1"]


def test_too_long_an_article_is_refused_naming_the_limit(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_text("The army said the road was closed. " * (MAX_CHARS // 35 + 10))
    (failure,) = _one([str(p)])
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("too long:") and f"{MAX_CHARS:,}" in failure.reason


def test_a_long_line_without_sentence_ends_within_the_limit_is_read(tmp_path: Path) -> None:
    p = tmp_path / "line.txt"
    text = ("the convoy moved north along the river road and " * MAX_CHARS)[:MAX_CHARS]
    p.write_text(text)
    (article,) = _one([str(p)])
    assert isinstance(article, Article) and article.text == text


def test_a_device_that_never_ends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    (failure,) = _one(["/dev/zero"])
    assert isinstance(failure, Failure) and failure.origin == "/dev/zero"
    assert "larger than" in failure.reason


def test_closed_or_empty_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    (empty,) = _one(["-"], stdin=io.BytesIO(b""))
    assert isinstance(empty, Failure) and (empty.origin, empty.reason) == (
        "stdin",
        "empty text (nothing to analyse)",
    )
    monkeypatch.setattr(sys, "stdin", None)
    (closed,) = _one(["-"])
    assert isinstance(closed, Failure) and "standard input is closed" in closed.reason


def test_not_english_is_refused_before_analysis(tmp_path: Path) -> None:
    p = tmp_path / "fr.txt"
    p.write_text(
        "Le ministère a déclaré samedi que deux soldats ont été tués près de la ville, "
        "et que les combats se poursuivent dans la région.\n"
    )
    (failure,) = _one([str(p)])
    assert isinstance(failure, Failure)
    assert failure.reason.startswith("not English (reads as French)")


def test_html_fragment_and_page_without_body(tmp_path: Path) -> None:
    fragment = tmp_path / "fragment.html"
    fragment.write_text("<p>The governor said on Monday that the bridge was hit twice.</p>")
    title_only = tmp_path / "empty.html"
    title_only.write_text("<html><head><title>Breaking</title></head></html>")
    broken = tmp_path / "broken.html"
    broken.write_text("<html><body><p>The governor said the bridge was hit<div><b>twice")
    results = _one([str(fragment), str(title_only), str(broken)])
    assert isinstance(results[0], Article)
    assert results[0].text == "The governor said on Monday that the bridge was hit twice."
    assert isinstance(results[1], Failure) and "no article text" in results[1].reason
    assert isinstance(results[2], Article) and "twice" in results[2].text


def test_paths_with_spaces_and_non_ascii_names(tmp_path: Path) -> None:
    p = tmp_path / "dépêche du jour.txt"
    p.write_text(ARTICLE)
    (article,) = _one([str(p)])
    assert isinstance(article, Article) and article.origin == str(p)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    p = tmp_path / "locked.txt"
    p.write_text(ARTICLE)
    p.chmod(0)
    (failure,) = _one([str(p)])
    assert isinstance(failure, Failure) and "cannot read" in failure.reason


def test_jsonl_and_html_texts_are_cleaned_like_files(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text(
        json.dumps({"text": "Shelling hit Mar\u00adtuni.\r\nThe army \x1bsaid so."}) + "\n"
    )
    (article,) = _one([str(p)])
    assert isinstance(article, Article)
    assert article.text == "Shelling hit Martuni.\nThe army  said so."


def test_exact_text_keeps_every_offset() -> None:
    text = "Shelling hit Mar\u00adtuni.\r\nThe army \x1bsaid so."
    article = readers.article_from_exact_text(text, origin="text", defaults=ArticleDefaults())
    assert len(article.text) == len(text) and article.text.index("army") == text.index("army")
    assert "\x1b" not in article.text


def test_json_files_and_json_on_standard_input(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "j1", "text": ARTICLE}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "j2", "text": ARTICLE + "More.\n"}, {"title": "none"}]))
    results = _one([str(one), str(many)])
    assert [getattr(r, "id", None) or r.origin for r in results] == [  # type: ignore[union-attr]
        "j1",
        "j2",
        f"{many}[1]",
    ]
    assert isinstance(results[2], Failure) and "no 'text' or 'html'" in results[2].reason
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": ARTICLE}) for i in range(2))
    from_stdin = _one(["-"], stdin=io.BytesIO(lines.encode()))
    assert [getattr(r, "id", None) for r in from_stdin] == ["s0", "s1"]


def test_an_item_of_a_json_list_that_is_no_object_says_what_it_is(tmp_path: Path) -> None:
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([1, "words", None]))
    reasons = [r.reason for r in _one([str(listed)]) if isinstance(r, Failure)]
    assert reasons == [
        f"an article must be a JSON object with 'text' or 'html', not {what}"
        for what in ("a number", "a string", "null")
    ]


def test_a_text_that_opens_with_a_bracket_is_still_a_text(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("[Updated] The ministry said on Saturday that the bridge was hit.\n")
    (article,) = _one([str(p)])
    assert isinstance(article, Article) and article.text.startswith("[Updated]")


def test_a_page_with_only_a_menu_has_no_article(tmp_path: Path) -> None:
    menu = tmp_path / "menu.html"
    menu.write_text("<html><body><nav>Home | News | Contact</nav></body></html>")
    (failure,) = _one([str(menu)])
    assert isinstance(failure, Failure) and "no article text" in failure.reason


def test_a_dateline_may_name_its_country_in_several_words() -> None:
    text = "GOMA, Democratic Republic of Congo, March 23 (Wire) - Rebels said on Saturday ..."
    found = match_dateline(text)
    assert found is not None and found.group(0).endswith("(Wire) -")
    assert dateline_source(text) == "Wire"


def test_a_dateline_without_an_outlet_may_end_its_line() -> None:
    for text in ("TUNIS, Nov 21 -", "TUNIS, Nov 21 -\nThe port was shut.", "TUNIS, Nov 21 - The"):
        found = match_dateline(text)
        assert found is not None and found.group(0) == "TUNIS, Nov 21 -"
    assert match_dateline("TUNIS, Nov 21 -year-old") is None
