"""TimeML (TIMEX3) conventions the grammar follows, on sentences we wrote; no spaCy.

Published on Sunday 2020-11-01 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep.records import Span, TimeExpression, TimexType
from sitrep.temporal.anchoring import annotate

SUNDAY = dt.date(2020, 11, 1)


def tag(text: str, published: dt.date | None = SUNDAY) -> dict[str, TimeExpression]:
    # One sentence per full stop followed by a space and a capital (enough for our sentences).
    ends = [m.start() + 1 for m in re.finditer(r"\.(?= [A-Z])", text)] + [len(text)]
    starts = [0] + [e + 1 for e in ends[:-1]]
    sentences = [Span(a, b) for a, b in zip(starts, ends, strict=True)]
    found = annotate(text, sentences=sentences, published=published).expressions
    return {text[t.span.start : t.span.end]: t for t in found}


def values(text: str, published: dt.date | None = SUNDAY) -> dict[str, str]:
    return {words: t.value for words, t in tag(text, published).items()}


# --- "the year" -----------------------------------------------------------------------------------


def test_the_year_is_the_year_under_way() -> None:
    found = tag("Fuel prices rose for the year, the ministry said.")
    assert (found["the year"].type, found["the year"].value) == (TimexType.DATE, "2020")
    assert values("Exports fell in the current fiscal year.") == {"the current fiscal year": "2020"}
    assert values("Output held steady over the full year.") == {"the full year": "2020"}


def test_the_year_ended_is_a_stretch_of_twelve_months() -> None:
    found = tag("The utility lost money in the year ended June 30.")
    assert (found["the year"].type, found["the year"].value) == (TimexType.DURATION, "P1Y")
    assert found["June 30"].value == "2020-06-30"


def test_the_year_in_other_readings_is_left_to_them() -> None:
    assert values("Output fell in the year 1994.") == {"the year 1994": "1994"}
    assert values("Shelling stopped the year before.") == {"the year before": "2019"}


# --- "the day before" -----------------------------------------------------------------------------


def test_the_day_before_a_clause_is_no_time_by_itself() -> None:
    assert "the day before" not in values(
        "He was last seen on Oct. 3, the day before police issued a warrant."
    )
    found = values("The convoy left on Friday. The day before, the road was shelled.")
    assert found["The day before"] == "2020-10-29"


# --- parts of days and clock times --------------------------------------------------------------


def test_the_night_of_a_date_leaves_the_date_to_itself() -> None:
    found = values("The doctor was shot on the night of Oct. 23 in his kitchen.")
    assert found == {"Oct. 23": "2020-10-23"}
    assert values("Tapes from the night the plane went down were released.") == {}


def test_an_hour_in_a_part_of_the_day() -> None:
    found = tag("The convoy left at 4 in the morning on Thursday.")
    hour = found["4 in the morning"]
    assert (hour.type, hour.value) == (TimexType.TIME, "2020-10-29T04:00")
    assert values("The count starts at 10 at night.")["10 at night"] == "2020-11-01T22:00"


def test_clock_times_of_something_that_recurs_are_of_no_one_day() -> None:
    assert values("The curfew starts at 10 at night.")["10 at night"] == "XXXX-XX-XXT22:00"
    found = values("Power cuts will go on every evening from 5 p.m. to 11 p.m., it said Sunday.")
    assert (found["5 p.m."], found["11 p.m."]) == ("XXXX-XX-XXT17:00", "XXXX-XX-XXT23:00")
    found = values("The army imposed a curfew from 7 p.m. to 5 a.m.")
    assert (found["7 p.m."], found["5 a.m."]) == ("XXXX-XX-XXT19:00", "XXXX-XX-XXT05:00")
    # one night's hour: the day named (a curfew's end told in the past: tests/temporal/test_syntax)
    assert values("Troops imposed a curfew on Friday from 8 p.m.")["8 p.m."] == "2020-10-30T20:00"


def test_a_bare_clock_time_takes_the_day_named_later_in_its_sentence() -> None:
    found = tag("The blast happened at about 10:35 a.m. (0735 GMT) on Friday.")
    clock = found["about 10:35 a.m."]
    assert (clock.value, clock.mod, clock.anchor) == ("2020-10-30T10:35", "APPROX", "t2")


def test_a_bare_clock_time_takes_the_day_the_story_is_at() -> None:
    found = values(
        "The doctor was killed on Oct. 23 at his home. He was shot at 10 p.m. in his kitchen."
    )
    assert found["10 p.m."] == "2020-10-23T22:00"
    # Paragraphs later, the story still tells that day: a clock time with no day of its own is
    # the last day the story named, never the publication day it has not named.
    far = values(
        "The doctor was killed on Oct. 23. Police searched the area. They found nothing. "
        "Officers met at 10 p.m. to plan."
    )
    assert far["10 p.m."] == "2020-10-23T22:00"
    # With no day named yet, it is the publication day's.
    assert values("Officers met at 10 p.m. to plan.")["10 p.m."] == "2020-11-01T22:00"


# --- durations ------------------------------------------------------------------------------------


def test_halves_are_written_in_the_next_smaller_unit() -> None:
    assert values("The siege lasted 2 1/2 years.") == {"2 1/2 years": "P2Y6M"}
    assert values("She spent 5 1/2 hours at the checkpoint.") == {"5 1/2 hours": "PT5H30M"}
    assert values("The shelling paused for a minute and a half.") == {
        "a minute and a half": "PT1M30S"
    }
    assert values("The blockade lasted two and a half years.") == {"two and a half years": "P2Y6M"}


# --- calendar words -------------------------------------------------------------------------------


def test_a_day_in_ordinal_words() -> None:
    found = values("Women's Day falls on March eighth.", published=dt.date(2020, 3, 1))
    assert found == {"March eighth": "2020-03-08"}
    assert values("The ceasefire began on the first of May.") == {"the first of May": "2020-05-01"}
    assert "April second" not in values("Analysts expect April second-quarter results.")
    assert values("It was the second March in a row without rain.") == {"March": "2020-03"}


def test_a_month_that_names_a_march_is_no_time() -> None:
    assert values("She marched at the head of the March of the Mothers.") == {}


def test_a_day_counted_from_a_month_just_named_is_a_day_in_it() -> None:
    found = values(
        "The talks ended on Friday. The envoy was expelled last March. His office closed that"
        " same day."
    )
    assert found["that same day"] == "2020-03-XX"
    # A month named long before leaves the day the story is at alone.
    found = values(
        "The envoy was expelled last March. The talks ended on Friday. His office closed that"
        " same day."
    )
    assert found["that same day"] == "2020-10-30"


def test_the_next_morning_is_the_morning_after_the_story_day() -> None:
    found = tag("The ministers met on Friday. They signed the text the next morning.")
    morning = found["the next morning"]
    assert (morning.type, morning.value, morning.anchor) == (TimexType.TIME, "2020-10-31TMO", "t1")
    # After "the day before <date>", the story reads on from the date, not the day before it.
    found = values("The day before last Tuesday's vote, he fled. He surrendered the next morning.")
    assert found["The day before"] == "2020-10-26"
    assert found["the next morning"] == "2020-10-28TMO"


def test_the_future_of_something_is_no_time() -> None:
    assert values("The talks will decide the future of the region.") == {}
    assert values("Talks may resume in the future.") == {"the future": "FUTURE_REF"}


def test_quarter_to_quarter_is_no_quarter() -> None:
    assert values("The quarter-to-quarter comparison improved.") == {}


def test_decades_in_words() -> None:
    found = tag("Militias grew through the nineties.")
    assert found["the nineties"].value == "199"
    assert values("Most of the recruits were in their twenties.") == {}


def test_this_past_and_this_coming() -> None:
    found = values("The dam broke this past spring.", published=dt.date(2020, 10, 1))
    assert found == {"this past spring": "2020-SP"}
    assert values("Aid arrived this fall.", published=dt.date(2020, 11, 1)) == {
        "this fall": "2020-FA"
    }
    assert values("The vote is this coming Sunday.", published=dt.date(2020, 11, 4)) == {
        "this coming Sunday": "2020-11-08"
    }


# --- vague times and the ends of years -----------------------------------------------------------


def test_vague_futures_and_pasts() -> None:
    assert values("Talks may resume in the near future.") == {"the near future": "FUTURE_REF"}
    assert values("Prices will stay high in the short term.") == {"the short term": "FUTURE_REF"}
    assert values("The rest will be paid at a later date.") == {"a later date": "FUTURE_REF"}
    assert values("They bought at the then current price.") == {"then current": "PAST_REF"}
    assert values("The long-term outlook is poor.") == {}


def test_year_end() -> None:
    found = tag("The sale should close by year-end.")
    assert (found["year-end"].value, found["year-end"].mod) == ("2020", "END")
    assert values("Shares have fallen 10% since year-end.")["year-end"] == "2019"
    assert values("The deal is due by year's end.")["year's end"] == "2020"


def test_more_units_are_durations() -> None:
    assert values("The mission will stay for two more weeks.") == {"two more weeks": "P2W"}
    assert values("The loan may be extended for an additional year.") == {
        "an additional year": "P1Y"
    }


def test_a_capital_at_the_start_of_a_line_is_no_title() -> None:
    text = "Rebels take the airport\nMay 2, 2020\nYesterday, rebels took the airport."
    found = values(text, published=dt.date(2020, 5, 2))
    assert found["Yesterday"] == "2020-05-01"
    assert "Today" not in values("The item ran on VOA Today.")


def test_the_past_decade_is_a_stretch_of_ten_years() -> None:
    found = tag("Attacks had become routine over the past decade.", published=dt.date(1998, 10, 1))
    decade = found["the past decade"]
    assert (decade.type, decade.value) == (TimexType.DURATION, "P10Y")
    # "the last decade" may be the decade before this one, as TimeML writes it.
    assert values("Wages fell in the last decade.", published=dt.date(1998, 2, 1)) == {
        "the last decade": "198"
    }


# --- weeks, halves and sets -----------------------------------------------------------------------


def test_the_week_of_a_day() -> None:
    assert values("The court will hear the case the week of March 6.") == {
        "the week of March 6": "2020-W10"
    }
    found = values("Pilgrims gathered as Easter week began.", published=dt.date(2020, 4, 14))
    assert found == {"Easter week": "2020-W15"}


def test_halves_of_years() -> None:
    found = values("Exports fell in the last half of 2019 and the first half of 2020.")
    assert found == {"the last half of 2019": "2019-H2", "the first half of 2020": "2020-H1"}
    assert values("Output rose in the first two quarters of 2020.") == {
        "the first two quarters of 2020": "2020-H1"
    }
    assert values("He scored in the first half of the match.") == {}


def test_a_part_of_every_such_day() -> None:
    found = tag("The convoys leave on Tuesday nights.")
    nights = found["Tuesday nights"]
    assert (nights.type, nights.value) == (TimexType.SET, "XXXX-WXX-2TNI")


def test_a_part_of_a_named_day() -> None:
    found = tag("At mid-afternoon yesterday the shelling stopped.")
    part = found["mid-afternoon yesterday"]
    assert (part.type, part.value, part.mod) == (TimexType.TIME, "2020-10-31TAF", "MID")


# --- "the quarter ended ..." ----------------------------------------------------------------------


def test_the_quarter_ended_is_the_calendar_quarter_it_mostly_covers() -> None:
    # Three months ended July 31 are mostly May and June: the second quarter.
    assert (
        values("The mill earned $2 million in the quarter ended July 31.")["the quarter"]
        == "2020-Q2"
    )
    assert values("Fuel imports fell in the quarter ended Sept. 30.")["the quarter"] == "2020-Q3"
    # A quarter that ended after publication day is last year's.
    assert values("Sales rose in the quarter ended Dec. 31.")["the quarter"] == "2019-Q4"
    # A quarter the story has named keeps its name: a fiscal first quarter is Q1.
    found = values(
        "The carrier reported on its fiscal first quarter. In the quarter ended Sept. 30,"
        " it lost $3 million."
    )
    assert found["the quarter"] == "2020-Q1"


def test_an_earlier_quarter_named_aside_is_not_the_story_quarter() -> None:
    found = values(
        "The miller posted a 20% gain in third-quarter profit. After a flat second quarter,"
        " it credited prices. Costs were lower than a year ago."
    )
    assert (found["third-quarter"], found["a year ago"]) == ("2020-Q3", "2019-Q3")
    # A later quarter that has ended is news of its own ("Separately, ... third-quarter").
    found = values(
        "Its first-quarter profit rose. Separately, a rival reported third-quarter profit."
        " Profit was up from a year earlier."
    )
    assert found["a year earlier"] == "2019-Q3"


def test_this_quarter_with_results_and_that_quarter() -> None:
    # Results are told of a quarter that has ended: the one the story reports on.
    found = values(
        "The brewer lost $3 million in the third quarter. This quarter's loss includes a"
        " charge for the plant."
    )
    assert found["This quarter"] == "2020-Q3"
    # Without a reported quarter, this quarter is the one under way.
    assert values("Exports may recover this quarter.")["this quarter"] == "2020-Q4"
    # "that quarter" is the quarter named last, not the story's.
    found = values(
        "The brewer lost $3 million in the third quarter. It had earned $1 million in the"
        " first quarter. Results for that quarter included a gain."
    )
    assert found["that quarter"] == "2020-Q1"


def test_a_year_earlier_beside_a_longer_period_is_that_year() -> None:
    found = values(
        "Third-quarter profit rose. For the nine months, profit rose to $9 million from"
        " $7 million a year earlier."
    )
    assert (found["the nine months"], found["a year earlier"]) == ("P9M", "2019")
    found = values("Third-quarter profit rose. For the quarter a year ago, it lost $2 million.")
    assert found["the quarter a year ago"] == "2019-Q3"


def test_a_year_counted_back_is_no_new_point_to_count_from() -> None:
    text = (
        "The unit cut jobs by year end. Output fell from a year ago. "
        "Costs rose compared with a year earlier. Sales rose from a year earlier."
    )
    found = list(annotate(text, published=dt.date(1989, 10, 26)).expressions)
    assert [text[t.span.start : t.span.end] for t in found][1:] == [
        "a year ago",
        "a year earlier",
        "a year earlier",
    ]
    assert [t.value for t in found][1:] == ["1988", "1988", "1988"]


# --- offsets from what the story does not date -----------------------------------------------------


def test_days_before_an_undated_event_are_a_stretch_not_a_day() -> None:
    found = tag("Neighbours saw the truck ten days before the ambush.")
    assert (found["ten days"].type, found["ten days"].value) == (TimexType.DURATION, "P10D")
    found = tag("The envoys must wait at least two weeks before signing the accord.")
    stretch = found["at least two weeks"]
    assert (stretch.type, stretch.value, stretch.mod) == (
        TimexType.DURATION,
        "P2W",
        "EQUAL_OR_MORE",
    )
    # Counted back from the day named last, or from the date named right after: still a day.
    assert values("The bridge fell on Friday. Two days before, the road was cut.") == {
        "Friday": "2020-10-30",
        "Two days before": "2020-10-28",
    }


# --- some day to come ------------------------------------------------------------------------------


def test_one_day_after_a_modal_is_a_time_to_come() -> None:
    found = tag("The refugees hope they will one day return to their villages.")
    assert (found["one day"].type, found["one day"].value) == (TimexType.DATE, "FUTURE_REF")
    assert values("She wants to one day rebuild the school.") == {"one day": "FUTURE_REF"}
    assert values("Someday the crossing may reopen.") == {"Someday": "FUTURE_REF"}
    assert values("The ceasefire held for one day.") == {"one day": "P1D"}


def test_the_day_before_a_weekday_named_with_last_counts_from_it() -> None:
    found = values("The day before last Tuesday's hearing, the lawyers met.")
    assert found == {"The day before": "2020-10-26", "last Tuesday": "2020-10-27"}
    assert values("The day after next Friday's vote, the count begins.")["The day after"] == (
        "2020-11-07"
    )


def test_mid_before_a_part_of_day_makes_it_a_time() -> None:
    found = tag("By mid afternoon, the shelling had stopped.")
    part = found["mid afternoon"]
    assert (part.type, part.value, part.mod) == (TimexType.TIME, "2020-11-01TAF", "MID")
    assert values("Convoys left in mid-morning.") == {"mid-morning": "2020-11-01TMO"}
    assert values("Guests were served afternoon tea.") == {}


def test_today_is_the_nth_day_of_something_is_today() -> None:
    found = tag("Today is the eighth day of the blockade.")
    assert (found["the eighth day"].type, found["the eighth day"].value) == (
        TimexType.DATE,
        "2020-11-01",
    )
    assert values("It's the second day of a march on the capital.") == {
        "the second day": "2020-11-01"
    }
    # Without the copula the count runs from the event's start, which this text does not date.
    assert values("It was the third day of the siege.") == {
        "the third day of the siege": "XXXX-XX-XX"
    }


def test_a_day_judged_is_the_day_the_story_is_at() -> None:
    found = values('The envoy arrived on Friday. She said it was "a historic day for peace."')
    assert found == {"Friday": "2020-10-30", "day": "2020-10-30"}
    assert values("It is a sad day.") == {"day": "2020-11-01"}
    # "Today" dates itself; a day someone had is no date.
    assert values("Today is a sad day for the city.") == {"Today": "2020-11-01"}
    assert values("The team had a great day.") == {}


def test_no_more_than_is_at_most() -> None:
    found = tag("The truce must be renewed within no more than sixty days.")
    stretch = found["no more than sixty days"]
    assert (stretch.value, stretch.mod) == ("P60D", "EQUAL_OR_LESS")
    assert tag("The siege lasted not less than three months.")[
        "not less than three months"
    ].mod == ("EQUAL_OR_MORE")
    assert tag("Talks lasted more than two weeks.")["more than two weeks"].mod == "MORE_THAN"


def test_whole_vague_spans_are_one_expression() -> None:
    assert values("Repairs will take the next couple of years.") == {
        "the next couple of years": "P2Y"
    }
    assert values("Tension is expected in the weeks ahead.") == {"the weeks ahead": "PXW"}
    assert values("The dispute has simmered for almost a hundred years.") == {
        "almost a hundred years": "P100Y"
    }
    assert values("The camp held a dozen families.") == {}


# --- "today's" as "of our times" ------------------------------------------------------------------


def test_todays_generation_or_world_is_no_day() -> None:
    assert values("The war shaped what today's youth expect of the state.") == {}
    assert values("Drones are in many of today's armies, the report said.") == {}
    assert values("In today's world, no border is closed for long.") == {}
    assert values("Such chips run many of today's personal computers.") == {}


def test_todays_meeting_is_that_day() -> None:
    assert values("Today's vote was delayed.") == {"Today": "2020-11-01"}
    assert values("The notice ran in today's editions of the paper.") == {"today": "2020-11-01"}
    assert values("Today's youth rally drew thousands.") == {"Today": "2020-11-01"}
