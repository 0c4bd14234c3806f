"""The grammar and its anchoring on sentences we wrote; no spaCy (tense unknown: news past)."""

from __future__ import annotations

import datetime as dt

from sitrep.records import DatePrecision, TimeExpression, TimexType
from sitrep.temporal import precision, to_date, when
from sitrep.temporal.anchoring import annotate

SUNDAY = dt.date(2020, 11, 1)


def tag(text: str, published: dt.date | None = SUNDAY) -> dict[str, TimeExpression]:
    found = annotate(text, published=published).expressions
    return {text[t.span.start : t.span.end]: t for t in found}


def values(text: str, published: dt.date | None = SUNDAY) -> dict[str, str]:
    return {words: t.value for words, t in tag(text, published).items()}


def test_month_day_forms() -> None:
    assert values("Talks were held on Oct. 17 and Sept. 27.") == {
        "Oct. 17": "2020-10-17",
        "Sept. 27": "2020-09-27",
    }
    assert values("It began on 17 Oct and ended Oct 17th, 2019.") == {
        "17 Oct": "2020-10-17",
        "Oct 17th, 2019": "2019-10-17",
    }
    assert values("The report is dated 2020-10-17.") == {"2020-10-17": "2020-10-17"}
    found = tag("Fighting flared in mid-October.")
    assert (found["mid-October"].value, found["mid-October"].mod) == ("2020-10", "MID")


def test_weekdays_point_back_without_a_tense() -> None:
    assert values("Shelling hit the town on Saturday and again on Sunday.") == {
        "Saturday": "2020-10-31",
        "Sunday": "2020-11-01",
    }
    assert values("They will meet next Friday.")["next Friday"] == "2020-11-06"
    assert values("He spoke last Sunday.")["last Sunday"] == "2020-10-25"


def test_deictic_and_relative_chains() -> None:
    v = values("Today the army said two days ago it had retreated; last week it had advanced.")
    assert v == {"Today": "2020-11-01", "two days ago": "2020-10-30", "last week": "2020-W43"}
    found = tag("The minister spoke on Thursday. The previous day, shelling had stopped.")
    thursday, before = found["Thursday"], found["The previous day"]
    assert (thursday.value, before.value, before.anchor) == (
        "2020-10-29",
        "2020-10-28",
        thursday.id,
    )
    assert (
        values("Talks ended on October 3. A week later the truce collapsed.")["A week later"]
        == "2020-W41"
    )


def test_parts_of_day_keep_their_part() -> None:
    found = tag("Rockets fell overnight and again in the morning.")
    assert (found["overnight"].type, found["overnight"].value) == (TimexType.TIME, "2020-11-01TNI")
    assert found["the morning"].value == "2020-11-01TMO"
    assert values("Shelling resumed on Friday morning.")["Friday morning"] == "2020-10-30TMO"
    assert values("It started at 10:30 p.m. on Saturday.")["10:30 p.m."] == "2020-10-31T22:30"
    assert values("Sirens sounded last night.")["last night"] == "2020-10-31TNI"


def test_durations() -> None:
    found = tag("The worst fighting in more than 25 years lasted two days.")
    years = found["more than 25 years"]
    assert (years.type, years.value, years.mod) == (TimexType.DURATION, "P25Y", "MORE_THAN")
    assert found["two days"].value == "P2D"
    v = values("Over the past two weeks, and for several years, talks stalled for 16 hours.")
    assert v == {"the past two weeks": "P2W", "several years": "PXY", "16 hours": "PT16H"}
    assert values("a twenty-five-year-old man") == {}
    assert values("a 16-hour flight")["16-hour"] == "PT16H"


def test_sets() -> None:
    found = tag("Convoys leave every Sunday and patrols run daily.")
    assert (found["every Sunday"].type, found["every Sunday"].value) == (
        TimexType.SET,
        "XXXX-WXX-7",
    )
    assert (found["daily"].type, found["daily"].value) == (TimexType.SET, "P1D")


def test_ranges_give_both_ends() -> None:
    assert values("The offensive ran from 27 September to 10 November.") == {
        "27 September": "2020-09-27",
        "10 November": "2020-11-10",
    }
    assert values("Fighting raged between Friday and Sunday.") == {
        "Friday": "2020-10-30",
        "Sunday": "2020-11-01",
    }
    assert values("Talks ran from September 27 to 29.") == {
        "September 27": "2020-09-27",
        "29": "2020-09-29",
    }


def test_a_range_of_weekdays_keeps_its_ends_in_order() -> None:
    # Each weekday alone is the nearest one; together the range must not end before it starts.
    assert values("Talks were held between Sunday and Friday.") == {
        "Sunday": "2020-10-25",
        "Friday": "2020-10-30",
    }
    wednesday = dt.date(2020, 11, 4)
    assert values("Roads stayed shut from Wednesday to Monday.", wednesday) == {
        "Wednesday": "2020-10-28",
        "Monday": "2020-11-02",
    }
    # Not a range: two weekdays joined by 'and' without 'between' keep their own days.
    assert values("Raids on Sunday and Friday hit the port.") == {
        "Sunday": "2020-11-01",
        "Friday": "2020-10-30",
    }


def test_decades_years_and_references() -> None:
    assert values("The war of the 1990s ended in 1994.") == {"the 1990s": "199", "1994": "1994"}
    assert values("Now the town is quiet; it was shelled recently.") == {
        "Now": "PRESENT_REF",
        "recently": "PAST_REF",
    }
    # TimeML writes vague stretches as durations of unknown length.
    found = tag("Losses grew in recent months and will for a couple of years.")
    assert (found["recent months"].type, found["recent months"].value) == (
        TimexType.DURATION,
        "PXM",
    )
    couple = found["a couple of years"]
    assert (couple.value, couple.mod) == ("P2Y", "APPROX")
    assert values("The siege lasted two decades.")["two decades"] == "P20Y"
    # ISO 8601 has no decades nor centuries: "for decades" is some years.
    assert values("The valley was disputed for decades.")["decades"] == "PXY"


def test_a_part_of_every_day() -> None:
    found = tag("The curfew starts every night; patrols leave each morning.")
    assert [(t.type, t.value) for t in found.values()] == [
        (TimexType.SET, "XXXX-XX-XXTNI"),
        (TimexType.SET, "XXXX-XX-XXTMO"),
    ]


def test_these_days_and_a_while() -> None:
    assert values("Fuel is scarce these days.") == {"these days": "PRESENT_REF"}
    found = tag("The border stays shut for a while; it closed a while ago.")
    assert (found["a while"].type, found["a while"].value) == (TimexType.DURATION, "PXX")
    assert found["a while ago"].value == "PAST_REF"
    assert values("Once in a while a convoy gets through.") == {}


def test_a_stretch_as_an_adjective_in_long() -> None:
    assert values(
        "After a week-long truce and a three-day-long march, the decades-long feud and the"
        " hours-long standoff ended. The 6-year-old boy was safe."
    ) == {
        "week-long": "P1W",
        "three-day-long": "P3D",
        "decades-long": "PXY",
        "hours-long": "PTXH",
    }


def test_a_vague_count_as_an_adjective() -> None:
    assert values("The envoy ended a several-year mission and a few-day visit.") == {
        "several-year": "PXY",
        "few-day": "PXD",
    }
    assert values("Aid reached several-year-old camps.") == {}


def test_a_span_of_the_year_before_or_the_latest_is_one_stretch() -> None:
    found = tag("Exports rose in the latest nine months but fell in the year-earlier nine months.")
    assert {w: (t.type, t.value) for w, t in found.items()} == {
        "the latest nine months": (TimexType.DURATION, "P9M"),
        "the year-earlier nine months": (TimexType.DURATION, "P9M"),
    }
    assert values("Imports held steady over the same six months.") == {"the same six months": "P6M"}


def test_numbers_that_are_not_years() -> None:
    assert values("1,166 troops and 5,000 civilians; 2,020 people fled.") == {}


def test_impossible_dates_are_left_out() -> None:
    assert values("The deal was signed on February 30.") == {}
    assert values("It was signed on February 29, 2019.") == {"2019": "2019"}
    assert values("It was signed on February 29, 2020.") == {"February 29, 2020": "2020-02-29"}


def test_unresolved_without_a_date() -> None:
    result = annotate("Troops withdrew on Saturday, and on Oct. 17 they returned.")
    assert result.reference.date is None
    assert [t.value for t in result.expressions] == ["XXXX-WXX-6", "XXXX-10-17"]


def test_publication_date_from_a_dateline() -> None:
    text = "BAKU, Nov 1, 2020 (Reuters) - Shelling resumed on Saturday."
    result = annotate(text)
    ref = result.reference
    assert (ref.date, ref.inferred, ref.confidence) == (SUNDAY, True, 0.9)
    assert ref.evidence is not None and text[ref.evidence.start : ref.evidence.end] == "Nov 1, 2020"
    assert result.expressions[-1].value == "2020-10-31"


def test_publication_date_from_a_dateline_without_year() -> None:
    text = "BAKU, Nov 1 (Reuters) - The war that began in 2020 went on on Saturday."
    ref = annotate(text).reference
    assert (ref.date, ref.confidence) == (SUNDAY, 0.6)
    # Without any year in the text, nothing is guessed.
    assert annotate("BAKU, Nov 1 (Reuters) - Shelling went on.").reference.date is None


def test_publication_date_from_explicit_dates() -> None:
    ref = annotate("The truce of October 10, 2020 broke down on October 12, 2020.").reference
    assert (ref.date, ref.inferred, ref.confidence) == (dt.date(2020, 10, 12), True, 0.5)


def test_precision_and_to_date() -> None:
    assert precision("2020-11-01") is DatePrecision.DAY
    assert precision("2020-11-01TNI") is DatePrecision.DAY
    assert precision("2020-W45") is DatePrecision.WEEK
    assert precision("2020-11") is DatePrecision.MONTH
    assert precision("2020") is DatePrecision.YEAR
    assert precision("2020-Q3") is DatePrecision.YEAR
    assert precision("XXXX-10-17") is None
    assert precision("P2W") is None
    assert to_date("2020-W45") == dt.date(2020, 11, 2)
    assert to_date("2020-11-01TMO") == SUNDAY
    assert to_date("XXXX-WXX-6") is None
    assert to_date(None) is None


def test_parts_of_a_year_begin_where_they_begin() -> None:
    # A quarter, half or season keeps year precision (none finer is true of it) and dates
    # its own first day, not January 1.
    assert (precision("2020-Q3"), to_date("2020-Q3")) == (DatePrecision.YEAR, dt.date(2020, 7, 1))
    assert to_date("2020-Q1") == dt.date(2020, 1, 1)
    assert to_date("2020-Q4") == dt.date(2020, 10, 1)
    assert to_date("1989-H2") == dt.date(1989, 7, 1)
    assert to_date("2020-SU") == dt.date(2020, 6, 1)
    assert to_date("2020") == dt.date(2020, 1, 1)
    assert to_date("2020-Q5") is None


def test_weekday_and_date_in_apposition_are_one_expression() -> None:
    assert values("Talks began on Friday, Oct. 30, in Geneva.") == {"Friday, Oct. 30": "2020-10-30"}
    assert values("On Saturday 31 October the town fell.") == {"Saturday 31 October": "2020-10-31"}
    found = tag("Bids are due by 5 p.m. EST, Nov. 9.")
    (deadline,) = found.values()
    assert (deadline.type, deadline.value) == (TimexType.TIME, "2020-11-09T17:00")


def test_early_and_late_parts_of_a_day() -> None:
    found = tag("Shelling began early Sunday and stopped late yesterday.")
    assert (found["early Sunday"].value, found["early Sunday"].mod) == ("2020-11-01", "START")
    assert (found["late yesterday"].value, found["late yesterday"].mod) == ("2020-10-31", "END")
    # A day has no "end" in TimeML's sense: "the end of" stays outside.
    assert "Sunday" in values("By the end of Sunday the town had fallen.")


def test_approximate_distances_in_the_past() -> None:
    found = tag("The town fell nearly four years ago, and again a week or so ago.")
    four = found["nearly four years ago"]
    assert (four.value, four.mod) == ("2016", "APPROX")
    week = found["a week or so ago"]
    assert (week.value, week.mod) == ("2020-W43", "APPROX")


def test_year_earlier_as_an_adjective() -> None:
    found = tag("The army reported a year-earlier figure of 300.")
    assert {w: t.value for w, t in found.items()} == {"year-earlier": "2019"}


def test_counting_from_an_event_the_story_dates() -> None:
    text = (
        "Fighting began on September 27. In the sixth week of fighting the town fell. "
        "A truce took effect on October 10, but shelling resumed a day after the truce, "
        "on the third day of the war."
    )
    found = tag(text)
    week = found["the sixth week of fighting"]
    assert (week.type, week.value, week.begins) == (TimexType.DURATION, "P1W", "2020-11-01")
    assert week.anchor == found["September 27"].id
    after = found["a day after the truce"]
    assert (after.value, after.anchor) == ("2020-10-11", found["October 10"].id)
    assert found["the third day of the war"].value == "2020-09-29"
    # "the October 10 ceasefire" dates the same truce.
    assert values("The October 10 ceasefire collapsed two days after the truce.") == {
        "October 10": "2020-10-10",
        "two days after the truce": "2020-10-12",
    }


def test_an_event_the_story_does_not_date_is_not_guessed() -> None:
    found = tag("Shelling resumed a day after the truce, in the sixth week of fighting.")
    assert found["a day after the truce"].value == "XXXX-XX-XX"
    week = found["the sixth week of fighting"]
    assert (week.value, week.begins) == ("P1W", None)


def test_publication_date_from_a_chain_of_events() -> None:
    text = "The war, which began on September 27, 2020, is now in its sixth week of fighting."
    result = annotate(text)
    ref = result.reference
    assert (ref.date, ref.inferred, ref.confidence) == (dt.date(2020, 11, 1), True, 0.3)
    assert ref.evidence is not None
    assert text[ref.evidence.start : ref.evidence.end] == "sixth week of fighting"


def test_holidays() -> None:
    text = "Troops were home by Christmas and left on New Year's Day."
    assert values(text, published=dt.date(2021, 1, 10)) == {
        "Christmas": "2020-12-25",
        "New Year's Day": "2021-01-01",
    }
    assert values("The truce held over Easter Sunday 1999 and Good Friday 2000.") == {
        "Easter Sunday 1999": "1999-04-04",
        "Good Friday 2000": "2000-04-21",
    }
    assert values("Talks will resume after Thanksgiving.", published=dt.date(2020, 11, 1)) == {
        "Thanksgiving": "2020-11-26"
    }
    text = "He came home last Thanksgiving and will return next Christmas."
    assert values(text, published=dt.date(2000, 2, 10)) == {
        "last Thanksgiving": "1999-11-25",
        "next Christmas": "2000-12-25",
    }
    # Lower case "good friday" is no holiday.
    assert values("It was a good friday for the markets.") == {"friday": "2020-10-30"}


def test_years_in_words() -> None:
    assert values(
        "The war ended in nineteen ninety-four, in the winter of nineteen ninety-four."
    ) == {
        "nineteen ninety-four": "1994",
        "the winter of nineteen ninety-four": "1994-WI",
    }
    assert values("By the year two thousand and January nineteen ninety-seven.") == {
        "the year two thousand": "2000",
        "January nineteen ninety-seven": "1997-01",
    }
    # Counts in words are no years.
    assert values("Nineteen soldiers and two thousand civilians were counted.") == {}


def test_bad_input_gives_no_false_date() -> None:
    # Days that do not exist, in every spelling.
    assert values("Signed on 31 April, on 2020-13-45 and on 02/30/2020.") == {}
    # An impossible range keeps its real end only.
    assert values("Talks ran from October 29 to 27.") == {"October 29": "2020-10-29"}
    # Numbers that only look like years.
    text = "Resolution 1244 was read out at 1300 GMT on Flight 1549; the road is 1999 km long."
    assert values(text) == {}
    # Nothing to anchor to: X's, never a guess; and never a crash on odd text.
    assert values("Shelling resumed Friday.", published=None) == {"Friday": "XXXX-WXX-5"}
    assert values("the the of , . - 9999 0000 32nd 00:99 13 p.m.") == {}


def test_when_an_expression_dates() -> None:
    text = "Fighting began on September 27. In the sixth week of fighting the town fell."
    found = tag(text)
    assert when(found["September 27"]) == (dt.date(2020, 9, 27), DatePrecision.DAY)
    assert when(found["the sixth week of fighting"]) == (dt.date(2020, 11, 1), DatePrecision.WEEK)
    assert when(tag("It lasted two days.")["two days"]) is None
    assert when(tag("It happened last week.")["last week"]) == (
        dt.date(2020, 10, 19),
        DatePrecision.WEEK,
    )


def test_earnings_periods_follow_the_story_quarter() -> None:
    text = (
        "The arms maker's profit rose in the third quarter. In the year-ago period it fell, "
        "and in the 2019 quarter it was flat. Sales for this year's third quarter rose; "
        "last year's quarter was weak, and so was the corresponding period last year."
    )
    assert values(text) == {
        "the third quarter": "2020-Q3",
        "the year-ago period": "2019-Q3",
        "the 2019 quarter": "2019-Q3",
        "this year's third quarter": "2020-Q3",
        "last year's quarter": "2019-Q3",
        "the corresponding period last year": "2019-Q3",
    }
    text = "It expects a fourth quarter loss. In the latest quarter, profit fell. It will grow in the current quarter."
    assert values(text) == {
        "fourth quarter": "2020-Q4",
        "the latest quarter": "2020-Q3",
        "the current quarter": "2020-Q4",
    }


def test_anaphora_take_the_last_time_fine_enough() -> None:
    text = "The rebels fled in June 2018. They returned later that year. The following month they left."
    assert values(text) == {
        "June 2018": "2018-06",
        "later that year": "2018",
        "The following month": "2018-07",
    }
    text = "Markets fell on Friday, down from the previous Friday."
    assert values(text) == {"Friday": "2020-10-30", "the previous Friday": "2020-10-23"}
    assert values("Elections are due this September.")["this September"] == "2020-09"


def test_a_hyphenated_adjective_leaves_the_article_to_its_noun() -> None:
    found = tag("The 14-day truce held through the third quarter and the third-quarter talks.")
    assert set(found) == {"14-day", "the third quarter", "third-quarter"}
    assert "the nine months" in values("Losses over the nine months grew.")


def test_names_ages_and_rates_are_not_times() -> None:
    text = (
        "He told 60 Minutes and the film High Noon inspired the March for Life; "
        "a man in his 30s earned $500 million a year and worked 24 hours a day."
    )
    assert values(text) == {"24 hours": "PT24H"}
    assert values("Rebels marched in March of 2019 and again in March.") == {
        "March of 2019": "2019-03",
        "March": "2020-03",
    }


def test_noon_and_midnight_are_clock_times() -> None:
    assert values("The deadline is midnight Friday.") == {"midnight Friday": "2020-10-30T24:00"}
    assert values("Talks began at noon.") == {"noon": "2020-11-01T12:00"}
    assert values("It had seven a year ago.") == {"a year ago": "2019"}


def test_every_month_is_a_set() -> None:
    found = tag("Pilgrims come each July.")
    assert (found["each July"].type, found["each July"].value) == (TimexType.SET, "XXXX-07")


def test_the_edges_of_the_calendar_do_not_crash() -> None:
    text = "On Friday, a week later and next December, the truce of March 3 held for a day after the truce."
    for published in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        found = annotate(text, published=published).expressions
        assert text[found[0].span.start : found[0].span.end] == "Friday"


# --- ranges, parts of days, counts from an event (session 4) -------------------------------------


def test_a_range_of_days_gives_both_ends() -> None:
    assert values("Talks were held on October 9-11.") == {
        "October 9": "2020-10-09",
        "11": "2020-10-11",
    }
    assert values("Shelling went on from 9 to 11 October.") == {
        "9": "2020-10-09",
        "11 October": "2020-10-11",
    }
    assert values("Troops stayed 20-22 September.") == {
        "20": "2020-09-20",
        "22 September": "2020-09-22",
    }
    assert values("The vote ran between 3 and 5 October.") == {
        "3": "2020-10-03",
        "5 October": "2020-10-05",
    }


def test_a_year_after_a_range_holds_for_both_ends() -> None:
    assert values("The summit met Oct. 9-11, 2018.") == {
        "Oct. 9": "2018-10-09",
        "11, 2018": "2018-10-11",
    }
    assert values("Clashes from November to December 2019 killed 20.") == {
        "November": "2019-11",
        "December 2019": "2019-12",
    }
    assert values("Fighting raged from 27 September to 10 November 2016.") == {
        "27 September": "2016-09-27",
        "10 November 2016": "2016-11-10",
    }
    assert values("Snow fell from December to February 2019.") == {
        "December": "2018-12",
        "February 2019": "2019-02",
    }


def test_a_range_needs_its_words() -> None:
    # "aged 5 and 11": no "between", no range; "9-11" away from a month stays one token.
    assert values("Two boys aged 5 and 11 October babies.") == {"11 October": "2020-10-11"}
    assert values("The 9-11 vote passed on October 2.") == {"October 2": "2020-10-02"}
    # An impossible range: the second day before the first is no end of it.
    assert values("The talks ran October 9-3.") == {"October 9": "2020-10-09"}


def test_early_or_late_on_a_day_keeps_the_part_as_a_modifier() -> None:
    found = tag("Shelling began early on Sunday.")
    assert (found["Sunday"].value, found["Sunday"].mod) == ("2020-11-01", "START")
    found = tag("Troops withdrew late on Saturday.")
    assert (found["Saturday"].value, found["Saturday"].mod) == ("2020-10-31", "END")
    found = tag("Shelling began early Sunday.")
    assert (found["early Sunday"].value, found["early Sunday"].mod) == ("2020-11-01", "START")


def test_an_event_that_enters_its_nth_week() -> None:
    text = "Fighting began on September 27. The war entered its sixth week on Sunday."
    found = tag(text)
    week = found["sixth week"]
    assert (week.type, week.value, week.begins) == (TimexType.DURATION, "P1W", "2020-11-01")
    # No event before "its", or "its" of something else: no count from an event.
    assert "sixth week" not in values("Fighting began on September 27. Its sixth week ended.")
    assert "second year" not in values("The company entered its second year on Monday.")


def test_an_undated_story_dated_by_the_week_its_war_entered() -> None:
    text = "Fighting began on September 27, 2020. The war entered its sixth week on Sunday."
    result = annotate(text, published=None)
    assert result.reference.date == SUNDAY and result.reference.inferred
    by_words = {text[t.span.start : t.span.end]: t.value for t in result.expressions}
    assert by_words["Sunday"] == "2020-11-01"


def test_the_early_hours_of_a_day() -> None:
    found = tag("Drones struck in the early hours of Sunday.")
    assert (found["Sunday"].value, found["Sunday"].mod) == ("2020-11-01", "START")


def test_earlier_or_later_in_a_day_or_week_stays_outside_the_extent() -> None:
    found = tag("Earlier Friday, lawyers filed a petition.")
    assert (found["Friday"].value, found["Friday"].mod) == ("2020-10-30", "START")
    found = tag("The talks began earlier this week.")
    assert (found["this week"].value, found["this week"].mod) == ("2020-W44", "START")
    found = tag("Troops arrived earlier this year.")
    assert (found["earlier this year"].value, found["earlier this year"].mod) == ("2020", "START")


def test_or_so_is_an_approximation() -> None:
    found = tag("The plant will close over the next year or so.")
    assert (found["the next year or so"].value, found["the next year or so"].mod) == (
        "2021",
        "APPROX",
    )
    found = tag("Talks may take two weeks or so.")
    assert (found["two weeks or so"].value, found["two weeks or so"].mod) == ("P2W", "APPROX")


def test_a_doubled_article_is_left_out() -> None:
    assert values("The offer expires at the the end of November.") == {
        "the end of November": "2020-11"
    }


def test_an_event_told_before_it_starts_dates_what_counts_from_it() -> None:
    text = (
        "The two sides agreed to a seven-day truce starting on Friday. On Saturday, a day "
        "after the truce took effect, shelling resumed."
    )
    assert values(text)["a day after the truce"] == "2020-10-31"
    assert values("The ceasefire, due to take effect on October 20, was welcomed.") == {
        "October 20": "2020-10-20"
    }


def test_a_count_before_the_story_dates_its_event() -> None:
    text = "The war entered its sixth week on Sunday. The fighting began on September 27."
    week = tag(text)["sixth week"]
    assert (week.value, week.begins, week.anchor) == ("P1W", "2020-11-01", "t3")
    text = "Shelling resumed a day after the truce. The truce took effect on October 10."
    assert values(text)["a day after the truce"] == "2020-10-11"
    # An undated story: the same count dates it.
    text = "The war entered its sixth week on Sunday. The fighting began on September 27, 2020."
    result = annotate(text, published=None)
    assert result.reference.date == SUNDAY


def test_an_offset_counts_from_the_date_right_after_it() -> None:
    text = "Talks failed on Friday. Two days before the October 10 truce, shelling stopped."
    found = tag(text)
    assert (found["Two days before"].value, found["Two days before"].anchor) == (
        "2020-10-08",
        "t3",
    )
    found = tag("Protests began the day after Saturday's vote.")
    assert found["the day after"].value == "2020-11-01"
    # A clause after it fixes nothing these words can read.
    assert values("The day before police raided the house, he fled.") == {}
