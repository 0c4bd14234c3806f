from __future__ import annotations

from sitrep.geo.local_news import reads_as_us_local_news, us_local_cues


def test_us_local_wording_needs_two_kinds() -> None:
    text = "The city council approved $1.2 million for repairs on Interstate 35."
    assert set(us_local_cues(text)) == {"money", "road", "town"}
    assert reads_as_us_local_news(text)
    # Money alone is not enough: it is spent everywhere.
    assert not reads_as_us_local_news("The ministry pledged $5 million in aid.")


def test_county_school_and_politics_wording() -> None:
    assert us_local_cues("Deputies from the Sheriff's Office closed the road.") == ("county",)
    assert us_local_cues("The school board met at the middle school.") == ("school",)
    assert us_local_cues("Sen. Smith, R-Texas, spoke.") == ("politics",)
    assert not reads_as_us_local_news("Shelling hit Martuni overnight, officials said.")
