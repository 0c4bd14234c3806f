from sitrep.attribution.quotes import find_quotes, quoted_share
from sitrep.records import Span


def test_curly_quotes_in_one_sentence() -> None:
    text = "“We will not stop,” the minister said."
    (q,) = find_quotes(text)
    assert text[q.span.start : q.span.end] == "“We will not stop,”"
    assert not q.continued


def test_quote_left_open_at_a_paragraph_break_continues() -> None:
    text = "He said: “First part.\n\n“Second part.” Then he left."
    first, second = find_quotes(text)
    assert first.continued and text[first.span.start : first.span.end] == "“First part."
    assert text[second.span.start : second.span.end] == "“Second part.”"


def test_straight_and_doubled_apostrophe_quotes() -> None:
    text = "''It is over,'' she said. \"Go home,\" he replied. The army's tanks left."
    quotes = [text[q.span.start : q.span.end] for q in find_quotes(text)]
    assert quotes == ["''It is over,''", '"Go home,"']


def test_quoted_share() -> None:
    text = "He said they would “go to the end” if talks failed."
    quotes = find_quotes(text)
    content = Span(text.index("they"), len(text) - 1)
    assert 0 < quoted_share(content, quotes) < 0.6


def test_an_opening_mark_typed_for_a_closing_one() -> None:
    text = "The “rapid review“ was promised. “It will not hold,“ said the engineer. “We know.”"
    quoted = [text[q.span.start : q.span.end] for q in find_quotes(text)]
    assert quoted == ["“rapid review“", "“It will not hold,“", "“We know.”"]
