"""Tests of helpers.dates: one rule per test on invented sentences."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers.extract.dates import COLUMNS, extract_timexes
from helpers.extract.document import ArticleDoc
from helpers.extract.segment import split_sentences

PUB = dt.date(2024, 3, 14)  # a Thursday, ISO week 2024-W11


def doc(text: str, published: dt.date | None = PUB, basis: str = "metadata") -> ArticleDoc:
    """Build an ArticleDoc over `text` with real sentences."""
    return ArticleDoc("t", text, split_sentences(text), published, basis if published else "unknown")


def rows(text: str, published: dt.date | None = PUB, basis: str = "metadata") -> list[dict]:
    """Extract the timex rows of `text`."""
    return extract_timexes(doc(text, published, basis))


def pairs(text: str, published: dt.date | None = PUB) -> list[tuple[str, str]]:
    """Return (text, value) of each row."""
    return [(r["text"], r["value"]) for r in rows(text, published)]


# ------------------------------------------------------------------ absolute dates


def test_full_date_row_has_all_columns_and_exact_offsets():
    text = "The treaty was signed on March 3, 2011 in Skopje."
    (r,) = rows(text)
    assert list(r) == COLUMNS
    assert (r["start"], r["end"], r["text"]) == (25, 38, "March 3, 2011")
    assert text[r["start"]:r["end"]] == r["text"]
    assert (r["value"], r["precision"], r["modifier"], r["anchor"]) == ("2011-03-03", "day", None, "absolute")
    assert r["date_start"] == r["date_end"] == pd.Timestamp(2011, 3, 3)
    assert r["reference_basis"] is None
    assert r["article_id"] == "t" and r["sentence_id"] == 0


@pytest.mark.parametrize("text, expected", [
    ("It began on August 21st 2017 at dawn.", ("August 21st 2017", "2017-08-21")),
    ("It began on 21 August 2017 at dawn.", ("21 August 2017", "2017-08-21")),
    ("It began on the 21st of August, 2017.", ("the 21st of August, 2017", "2017-08-21")),
    ("It began on Aug. 21, 2017 at dawn.", ("Aug. 21, 2017", "2017-08-21")),
    ("It began on 2017-08-21 at dawn.", ("2017-08-21", "2017-08-21")),
    ("It began on 21.08.2017 at dawn.", ("21.08.2017", "2017-08-21")),
    ("It began on 2017. 08. 21. at dawn.", ("2017. 08. 21", "2017-08-21")),  # Hungarian pages' year first
    ("It began on Monday, August 21, 2017.", ("Monday, August 21, 2017", "2017-08-21")),
])
def test_full_date_forms(text, expected):
    assert pairs(text) == [expected]


def test_month_year_and_year_and_decade():
    text = "Fighting broke out in April 1992 and ended in 1995, unlike the wars of the 1940s."
    assert pairs(text) == [("April 1992", "1992-04"), ("1995", "1995"), ("the 1940s", "194X")]
    month, year, decade = rows(text)
    assert (month["precision"], year["precision"], decade["precision"]) == ("month", "year", "decade")
    assert (month["date_start"], month["date_end"]) == (pd.Timestamp(1992, 4, 1), pd.Timestamp(1992, 4, 30))
    assert (decade["date_start"], decade["date_end"]) == (pd.Timestamp(1940, 1, 1), pd.Timestamp(1949, 12, 31))


def test_modifiers_narrow_the_interval():
    text = "Prices fell in early March 2016, rose by mid-2017 and stalled in the late 1980s, around 2004."
    got = [(r["text"], r["value"], r["modifier"], r["date_start"], r["date_end"]) for r in rows(text)]
    assert got == [
        ("early March 2016", "2016-03", "START", pd.Timestamp(2016, 3, 1), pd.Timestamp(2016, 3, 10)),
        ("mid-2017", "2017", "MID", pd.Timestamp(2017, 5, 1), pd.Timestamp(2017, 8, 31)),
        ("the late 1980s", "198X", "END", pd.Timestamp(1987, 1, 1), pd.Timestamp(1989, 12, 31)),
        ("around 2004", "2004", "APPROX", pd.Timestamp(2004, 1, 1), pd.Timestamp(2004, 12, 31)),
    ]


def test_year_ranges_keep_whole_text_and_first_year():
    got = [(r["text"], r["value"], r["date_end"]) for r in rows("the 1991-95 war and the 2014–2016 talks")]
    assert got == [("1991-95", "1991", pd.Timestamp(1995, 12, 31)), ("2014–2016", "2014", pd.Timestamp(2016, 12, 31))]


def test_spoken_years_of_transcripts():
    text = "Sales peaked in nineteen ninety-six, fell by the year two thousand and one and not by nineteen people."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(16, 35, "nineteen ninety-six", "1996"), (45, 74, "the year two thousand and one", "2001")]


def test_possessive_year_is_a_year():
    assert pairs("Montenegro's 2006 referendum passed.") == [("2006", "2006")]


# ------------------------------------------------------------------ numbers that are not years


@pytest.mark.parametrize("text", [
    "The blast left 1,987 injured and 2.019 tonnes of debris.",
    "A force of 2010 soldiers and 1950 police officers arrived.",
    "About 1990 people fled, and some 1980 were later found.",
    "Between 1900 and 2000 protesters gathered.",
    "The 45th brigade was deployed.",
    "UN Security Council Resolution 1999 was adopted.",
    "@2031 All Right Reserved. Designed and Developed by newsbox",
    "© 2022 Balkan Media. Copyright 2021",
    "Read more at https://example.org/2021/05/story or www.news2019.com",
    "Call +381 11 2008 555 now.",
    "The meeting ended at 20:15 and the train left at 19.45.",
    "Order number 120045 and code 2015X.",
])
def test_numbers_that_are_not_years(text):
    assert pairs(text) == []


def test_year_then_plural_verb_after_preposition_is_still_a_year():
    assert pairs("Exports in 2011 were higher than ever.") == [("2011", "2011")]


# ------------------------------------------------------------------ vague words, durations, times of day


@pytest.mark.parametrize("text", [
    "Relations have improved recently and right now they are good.",
    "Tension has grown in recent years and for decades before.",
    "He was detained for a month.",
    "Trade doubled in the past 12 years and in the last ten years.",
    "The vote is at 9 a.m. and the rally is tonight.",
    "Over the last week the mood changed.",
    "It happened a few years ago.",
])
def test_vague_and_duration_expressions_are_left_out(text):
    assert pairs(text) == []


# ------------------------------------------------------------------ relative expressions


def test_relative_units_against_publication_date():
    text = "Sales fell last week, recovered this week and will grow next week. Last month was bad; this year is better."
    got = [(r["text"], r["value"], r["precision"]) for r in rows(text)]
    assert got == [("last week", "2024-W10", "week"), ("this week", "2024-W11", "week"),
                   ("next week", "2024-W12", "week"), ("Last month", "2024-02", "month"),
                   ("this year", "2024", "year")]


def test_relative_row_records_basis_and_interval():
    (r,) = rows("The envoy resigned last week.", basis="inferred")
    assert (r["anchor"], r["reference_basis"]) == ("relative", "inferred")
    assert (r["date_start"], r["date_end"]) == (pd.Timestamp(2024, 3, 4), pd.Timestamp(2024, 3, 10))


def test_last_year_and_earlier_this_month_and_late_last_year():
    got = [(r["text"], r["value"], r["modifier"]) for r in rows(
        "Talks collapsed last year, resumed earlier this month and had stalled late last year.")]
    assert got == [("last year", "2023", None), ("earlier this month", "2024-03", None),
                   ("late last year", "2023", "END")]


def test_yesterday_today_tomorrow():
    assert pairs("Yesterday he left, today he speaks and tomorrow he flies.") == [
        ("Yesterday", "2024-03-13"), ("today", "2024-03-14"), ("tomorrow", "2024-03-15")]


def test_this_last_next_weekend():
    (r,) = rows("Protests are planned for this weekend.")
    assert (r["start"], r["end"], r["text"], r["value"], r["precision"]) == (25, 37, "this weekend", "2024-W11-WE",
                                                                              "weekend")
    assert (r["date_start"], r["date_end"]) == (pd.Timestamp(2024, 3, 16), pd.Timestamp(2024, 3, 17))
    assert pairs("Voters went to the polls last weekend and meet again next weekend.") == [
        ("last weekend", "2024-W10-WE"), ("next weekend", "2024-W12-WE")]


def test_days_later_counts_from_the_full_date_of_the_previous_sentence():
    text = "The ceasefire was signed on March 3, 2011 in Skopje. Three days later, fighting resumed."
    got = [(r["start"], r["end"], r["text"], r["value"], r["precision"]) for r in rows(text)]
    assert got == [(28, 41, "March 3, 2011", "2011-03-03", "day"), (53, 69, "Three days later", "2011-03-06", "day")]
    assert rows(text)[1]["reference_basis"] is None  # anchored on an absolute date, not on publication


def test_later_or_earlier_without_a_full_date_before_is_left_out():
    assert pairs("Profit rose to $5 from $3 a year earlier.") == []
    assert pairs("Fighting broke out in 2011. Three days later it ended.") == [("2011", "2011")]


def test_a_comparison_a_year_earlier_counts_only_from_the_reported_periods_end_in_its_sentence():
    pub = dt.date(1989, 10, 26)
    assert pairs("For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, compared with "
                 "C$18.1 million a year earlier.", pub) == [("Aug. 12", "1989-08-12"), ("a year earlier", "1988-08-12")]
    # the day before is about trading, not the reported period; "said Friday" is when it was told
    assert pairs("Shares rose 6 pence in early trading yesterday in London. Reed is paying an interim dividend of "
                 "4.6 pence, up 15% from 4 pence a year earlier.", dt.date(1989, 11, 2)) == [
        ("yesterday", "1989-11-01")]
    assert pairs("But the company said Friday that it had losses of $673.3 million through the first nine months, "
                 "compared with earnings a year earlier of $382.2 million.", dt.date(1989, 10, 30)) == [
        ("Friday", "1989-10-27")]
    # a hedge is no comparison: "more than three days later" still counts from the date before it
    assert pairs("The ceasefire was signed on March 3, 2011. More than three days later, fighting resumed.") == [
        ("March 3, 2011", "2011-03-03"), ("three days later", "2011-03-06")]


def test_a_negated_shift_is_a_bound_and_no_date():
    assert pairs("Speaking on Sunday, he said Serbs would return when conditions allow, and not a day earlier.") == [
        ("Sunday", "2024-03-10")]


def test_a_yearless_date_ending_a_year_ago_period_is_a_year_back():
    pub = dt.date(1989, 10, 27)
    assert pairs("In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. had a loss "
                 "of about $12.5 million.", pub) == [("Oct. 31", "1988-10-31")]
    assert pairs("Service Corp. had a loss in the second quarter ended Oct. 31.", pub) == [("Oct. 31", "1989-10-31")]
    assert pairs("Net rose from a year earlier, and the offer runs through Nov. 30.", pub) == [
        ("Nov. 30", "1989-11-30")]


def test_today_inside_a_quotation_is_the_publication_day():
    (r,) = rows("“We are ready today,” the minister said.")
    assert (r["start"], r["end"], r["text"], r["value"]) == (14, 19, "today", "2024-03-14")
    (r,) = rows("``Today, I am here to tell you we have our suspect,'' said the agent.")
    assert (r["start"], r["end"], r["text"], r["value"]) == (2, 7, "Today", "2024-03-14")


def test_today_in_general_is_not_a_date():
    assert pairs("Life in today's world is hard, and he appeared on the Today show.") == []


def test_ago_expressions():
    got = [(r["text"], r["value"], r["precision"]) for r in rows(
        "She arrived two weeks ago, a year ago they met, and 5 days ago it ended.")]
    assert got == [("two weeks ago", "2024-W09", "week"), ("a year ago", "2023", "year"),
                   ("5 days ago", "2024-03-09", "day")]


def test_decades_ago_is_a_year():
    got = [(r["text"], r["value"], r["precision"]) for r in rows("The border opened a decade ago, two decades ago.")]
    assert got == [("a decade ago", "2014", "year"), ("two decades ago", "2004", "year")]


@pytest.mark.parametrize("text", [
    "Profit rose to $12 million from $9 million a year ago.",
    "Net was $4 million, or ten cents a share, a year ago.",
    "Sales were higher than a year ago.",
    "Costs, compared with a year ago, went up.",
    "The mill had 13 plants, up from seven a year ago.",
    "For the quarter a year ago, the bank lost money.",
])
def test_year_ago_comparison_is_left_out(text):
    assert pairs(text) == []


def test_year_ago_outside_a_comparison_is_kept():
    assert pairs("A year ago, the bank lost money; it sold the unit two years ago.") == [
        ("A year ago", "2023"), ("two years ago", "2022")]


@pytest.mark.parametrize("text", [
    "Losses will last through the third quarter of 2025.",
    "Sales fell in the first two quarters of 2025.",
    "The firm earned $3 million in the 2023 third quarter.",
    "The firm earned $3 million in the 2023 quarter.",
    "Sales for this year's third quarter fell, as in last year's quarter.",
    "2023's fourth quarter was weak.",
])
def test_year_naming_a_quarter_is_left_out(text):
    assert pairs(text) == []


def test_single_year_naming_a_report_period_is_left_out_but_a_range_is_kept():
    text = "Net fell from $3 million in the 2023 period to $2 million in 2024."
    assert [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)] == [(61, 65, "2024", "2024")]
    text = "Output doubled over the 2019-2023 period."
    assert [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)] == [(24, 33, "2019-2023", "2019")]


def test_relative_year_before_other_nouns_is_kept():
    assert pairs("This year's results rose, as in last year's first half.") == [("This year", "2024"),
                                                                            ("last year", "2023")]


@pytest.mark.parametrize("text, expected", [
    ("The firm expects sales for the full year to grow.", [("the full year", "2024")]),
    ("He forecast an increase for the fiscal year.", [("the fiscal year", "2024")]),
    ("The firm reported a loss for the year.", []),  # early in a year, maybe the year before
    ("For the year, volume was flat.", []),
    ("Output was cut earlier in the year by floods.", [("the year", "2024")]),
    ("Revenue in the first nine months of the year fell.", [("the year", "2024")]),
    ("Net for the year ended Sept. 30 rose.", [("Sept. 30", "2023-09-30")]),
    ("In 2019, sales for the year rose.", [("2019", "2019")]),
    ("Sales for the year just ended fell.", []),
    ("It expects a profit for the year to March 31.", [("March 31", "2024-03-31")]),
])
def test_the_year_of_a_report_is_the_publication_year(text, expected):
    assert pairs(text) == expected


def test_the_year_of_a_past_report_late_in_the_year_is_the_publication_year():
    text = "The firm reported a loss for the year."
    (r,) = rows(text, dt.date(2023, 10, 30))
    assert (r["start"], r["end"], r["text"], r["value"]) == (29, 37, "the year", "2023")
    assert text[r["start"]:r["end"]] == r["text"]
    assert pairs("Sales for the full year were $6.6 billion.", dt.date(2023, 11, 2)) == [("the full year", "2023")]
    assert pairs(text, dt.date(2023, 6, 30)) == []  # annual results of the year before may still come out
    assert pairs("Net beat the high it set for the full year of 1980.", dt.date(2023, 10, 20)) == [("1980", "1980")]


def test_month_after_an_agreement_to_is_open_not_past():
    pub = dt.date(2023, 11, 2)
    assert pairs("The bank announced an agreement to acquire the Peoria, Ill., lender in January.", pub) == [
        ("January", "2024-01")]
    assert pairs("The bank announced that it sold its Texas unit in January.", pub) == [("January", "2023-01")]


@pytest.mark.parametrize("text, expected", [
    ("Stocks fell on Friday, down 4% from the previous Friday.",
     [("Friday", "2024-03-08"), ("the previous Friday", "2024-03-01")]),
    ("On March 5 talks began; the following Tuesday they ended.",
     [("March 5", "2024-03-05"), ("the following Tuesday", "2024-03-12")]),
    ("Stocks fell 4% from the previous Friday.", []),
    ("Oil rose last Friday: WTI 1% from the previous Friday, Brent 2% from the previous Friday.",
     [("last Friday", "2024-03-08"), ("the previous Friday", "2024-03-01"), ("the previous Friday", "2024-03-01")]),
])
def test_previous_or_following_weekday_counts_from_the_day_before_it(text, expected):
    assert pairs(text) == expected


def test_years_ago_this_month_or_week():
    assert pairs("A year ago this month, the bridge fell; two years ago this week it opened.") == [
        ("A year ago this month", "2023-03"), ("two years ago this week", "2022-W11")]
    assert pairs("A year ago, this month was quiet.") == [("A year ago", "2023"), ("this month", "2024-03")]


def test_weekday_in_past_report_is_on_or_before_publication():
    (r,) = rows("The minister resigned on Thursday.")  # published on a Thursday: that same day
    assert (r["text"], r["value"], r["precision"]) == ("Thursday", "2024-03-14", "day")
    assert pairs("Police said Monday that the road had reopened.") == [("Monday", "2024-03-11")]
    assert pairs("The minister resigned last Thursday.") == [("last Thursday", "2024-03-07")]


def test_weekday_after_a_speech_verb_is_past_even_after_a_future_quote():
    got = pairs('"We will not allow it," the president said in a televised address on Monday.')
    assert got == [("Monday", "2024-03-11")]


def test_weekday_same_day_when_sentence_says_today():
    assert pairs("Today, Thursday, the border reopened.")[1] == ("Thursday", "2024-03-14")


def test_weekday_in_future_clause_is_the_next_one():
    assert pairs("The parliament will vote on Tuesday.") == [("Tuesday", "2024-03-19")]
    assert pairs("The talks are scheduled for next Monday.") == [("next Monday", "2024-03-18")]


def test_weekday_in_present_tense_future_clause_is_the_next_one():
    text = "The general hands over command on Monday."  # published on a Thursday: no past cue, so the next Monday
    (r,) = rows(text)
    assert (r["start"], r["end"], r["text"], r["value"]) == (34, 40, "Monday", "2024-03-18")


def test_a_present_progressive_of_an_arrangement_is_ahead_whatever_the_sentence_reports_after_it():
    text = ("Vucic is travelling on Tuesday to Brussels, where he will meet EU leaders, and he announced that he "
            "would present his case there.")  # "announced", a past cue of a later clause, does not make it last Tuesday
    assert pairs(text) == [("Tuesday", "2024-03-19")]
    assert pairs("Vucic was travelling on Tuesday to Brussels.") == [("Tuesday", "2024-03-12")]
    # "Paris meeting": the progressive needs its own "is"/"are"; "is heading for a recession" is no journey
    assert pairs("He said the Paris meeting in February had worked.") == [("February", "2024-02")]


def test_a_weekday_whose_own_verb_is_would_is_ahead_after_a_past_verb_and_an_attribution_in_mid_sentence_is_apart():
    assert pairs("He announced that Friday would be a day of national mourning.") == [("Friday", "2024-03-15")]
    text = "The advance party is expected in Pristina by Tuesday, a defence source told GB News, with more to follow."
    assert pairs(text) == [("Tuesday", "2024-03-19")]  # "told", the source's verb, says nothing of Tuesday
    text = "Troops clashed on Tuesday, the ministry said, and more were hurt."
    assert pairs(text) == [("Tuesday", "2024-03-12")]


def test_a_weekday_named_a_day_of_something_has_no_tense_of_its_own():
    text = "Vucic denied any role and declared Friday a day of national mourning for the dead men."
    assert pairs(text) == [("Friday", "2024-03-15")]  # not the last Friday: "declared" is no date of the mourning
    assert pairs("Troops arrived on Friday as a show of force.") == [("Friday", "2024-03-08")]


@pytest.mark.parametrize("text, expected", [
    ("A year ago today, soldiers stood in Zvecan.", ("A year ago today", "2023-03-14")),
    ("Six months ago today the talks ended.", ("Six months ago today", "2023-09-14")),
    ("Two weeks ago today the talks ended.", ("Two weeks ago today", "2024-02-29")),
    ("Two years ago this month the talks ended.", ("Two years ago this month", "2022-03")),
])
def test_n_units_ago_today_is_the_publication_day_that_far_back(text, expected):
    assert pairs(text) == [expected]


def test_put_is_a_past_verb():
    assert pairs("Vucic put the army on alert on Friday.") == [("Friday", "2024-03-08")]
    assert pairs("Vucic will put the army on alert on Friday.") == [("Friday", "2024-03-15")]
    assert pairs("The King could ask Martens to put together a government with elections in early December.",
                 dt.date(1987, 10, 19)) == [("early December", "1987-12")]


def test_weekday_next_to_a_place_is_not_future_and_predicted_is_a_reporting_verb():
    assert pairs("Bombs went off next to the embassies on Friday.", dt.date(2024, 3, 17)) == [("Friday", "2024-03-15")]
    assert pairs("Exiles will fight the ruling, Cuba predicted Wednesday.") == [("Wednesday", "2024-03-13")]


def test_weekday_planned_is_ahead_and_a_saying_clause_is_apart():
    text = "Protesters planned a march on Saturday and were planning to block the airport on Monday."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(30, 38, "Saturday", "2024-03-16"), (81, 87, "Monday", "2024-03-18")]
    text = "The envoys issued a statement Wednesday saying the treaty will hold."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(30, 39, "Wednesday", "2024-03-13")]


def test_weekday_after_set_to_or_is_to_is_ahead():
    text = "The talks, set to resume Monday in Belfast, stalled; the stock is to trade again Tuesday."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(25, 31, "Monday", "2024-03-18"), (81, 88, "Tuesday", "2024-03-19")]


def test_a_weekday_clause_ends_at_comma_and():
    text = "About 200 soldiers arrived on Sunday, and 100 more are due to follow by Friday, the ministry said."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(30, 36, "Sunday", "2024-03-10"), (72, 78, "Friday", "2024-03-15")]
    shared = "The tender will be held on Tuesday, and its result on Wednesday, economists said."
    assert pairs(shared) == [("Tuesday", "2024-03-19"), ("Wednesday", "2024-03-20")]  # one verb for both


def test_weekday_after_would_in_its_clause_is_the_next_one_despite_a_past_verb():
    text = "The ministry announced that the father would be traveling to Washington Friday with his wife."
    assert pairs(text) == [("Friday", "2024-03-15")]
    assert pairs("Relatives said they would look for ways around Wednesday's ruling.") == [("Wednesday", "2024-03-13")]


def test_weekday_after_and_or_or_is_a_day_too():
    assert pairs("Following are statements made Friday and Thursday by the lawyer.", dt.date(1998, 2, 6)) == [
        ("Friday", "1998-02-06"), ("Thursday", "1998-02-05")]
    assert pairs("Shops open on a Friday or Saturday.") == []


def test_a_weekday_a_reporter_could_not_reach_someone_is_past():
    pub = dt.date(2000, 1, 6)  # a Thursday
    assert pairs("Neither he nor Elian's four grandparents could be located Wednesday in their hometown.", pub) == [
        ("Wednesday", "2000-01-05")]
    assert pairs("The mayor could not be reached for comment Wednesday.", pub) == [("Wednesday", "2000-01-05")]
    assert pairs("The minister could travel to Paris on Wednesday.", pub) == [("Wednesday", "2000-01-12")]
    assert pairs("A deal could be reached Wednesday in Geneva.", pub) == [("Wednesday", "2000-01-12")]


def test_possessive_weekday_is_past():
    assert pairs("The shares trade below Tuesday's close.") == [("Tuesday", "2024-03-12")]


def test_weekday_after_as_early_as_or_a_deadline_is_ahead():
    assert pairs("Officials said the father could arrive as early as Tuesday.") == [("Tuesday", "2024-03-19")]
    assert pairs("The ministry extended its deadline until 9 a.m. Tuesday.") == [("Tuesday", "2024-03-19")]


def test_holidays_fall_on_their_day_of_the_year_the_text_means():
    pub = dt.date(2000, 1, 7)
    text = "He was rescued on Thanksgiving Day, last Thanksgiving, and will be back for Easter week."
    got = [(r["start"], r["end"], r["text"], r["value"], r["precision"]) for r in rows(text, published=pub)]
    assert got == [(18, 34, "Thanksgiving Day", "1999-11-25", "day"),
                   (36, 53, "last Thanksgiving", "1999-11-25", "day"), (76, 87, "Easter week", "2000-W16", "week")]
    assert pairs("Voters will go to the polls on Election Day.", dt.date(1998, 10, 26)) == [
        ("Election Day", "1998-11-03")]
    assert pairs("Shops close on Good Friday and Easter Monday.") == [("Good Friday", "2024-03-29"),
                                                                 ("Easter Monday", "2024-04-01")]
    assert pairs("Orthodox Easter Sunday is later.") == []


def test_the_current_year_and_fiscal_or_calendar_qualifiers():
    text = "Sales in the current fiscal year will top those of last calendar year and the current month."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(9, 32, "the current fiscal year", "2024"), (51, 69, "last calendar year", "2023"),
                   (74, 91, "the current month", "2024-03")]
    assert pairs("Over the next fiscal year, sales rose.") == []  # "the next year" stays a duration


def test_capitalised_unit_is_a_title():
    text = 'Baker, speaking on "This Week," said this week was hard.'
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(37, 46, "this week", "2024-W11")]


def test_years_before_1900_need_a_preposition():
    text = "Cuba fought Spain in 1898; 1500 troops came, and in 1200 cases page 1776 was cited."
    got = [(r["start"], r["end"], r["text"], r["value"], r["precision"]) for r in rows(text)]
    assert got == [(21, 25, "1898", "1898", "year")]


def test_anaphoric_phrases_count_from_the_date_before_them():
    text = ("On May 22, 1995, he was promoted; the following year he retired. Exports rose in 1988, a small share "
            "of the total that year. The talks opened on Oct. 2, 2001 and closed the next morning.")
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(3, 15, "May 22, 1995", "1995-05-22"), (34, 52, "the following year", "1996"),
                   (81, 85, "1988", "1988"), (114, 123, "that year", "1988"),
                   (145, 157, "Oct. 2, 2001", "2001-10-02"), (169, 185, "the next morning", "2001-10-03")]
    assert pairs("He left that year and returned the next morning.") == []  # no date before them
    assert pairs("In 1988 he left, and the next morning was quiet.") == [("1988", "1988")]  # a year is no day


def test_week_of_a_date_is_its_iso_week_and_the_day_before_a_date_shifts_it():
    pub = dt.date(2000, 2, 24)
    text = "The case may be resolved in a court hearing the week of March 6, his lawyer said."
    assert pairs(text, pub) == [("the week of March 6", "2000-W10")]
    text = "The day before last Tuesday's federal court hearing, Manuel went to Lazaro's home."
    assert pairs(text, pub) == [("The day before last Tuesday", "2000-02-21")]
    assert pairs("Shops reopened the day after Christmas Day.", pub) == [("the day after Christmas Day", "1999-12-26")]


def test_second_day_of_a_month_and_day_pair():
    text = "A ceremony will be held at the summit on April 24 and 25."
    assert pairs(text, dt.date(1999, 2, 10)) == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    got = pairs("The talks ran on Oct. 3 and 4, 1998 in Geneva.")
    assert got == [("Oct. 3", "1998-10-03"), ("4, 1998", "1998-10-04")]
    assert pairs("On April 24 and 25 people were hurt.") == [("April 24", "2023-04-24")]


def test_year_after_post_or_pre_and_spoken_decades_and_months():
    assert pairs("The post-1959 politics split families.") == [("1959", "1959")]
    text = "Numbers dropped through the nineties and the early eighties; he is in his forties."
    assert pairs(text) == [("the nineties", "199X"), ("the early eighties", "198X")]
    assert pairs("January nineteen ninety-seven. Atlanta again.") == [("January nineteen ninety-seven", "1997-01")]


def test_month_after_each_or_every_is_a_set_and_the_people_of_tomorrow_no_day():
    assert pairs("Orangemen march each July through the town; every June too.") == []
    assert pairs('"If I were choosing the people of tomorrow, I would pick them," he said.') == []


def test_year_end_and_the_end_of_the_month_are_this_ones_end():
    pub = dt.date(1989, 11, 2)
    got = [(r["text"], r["value"], r["modifier"], r["date_start"]) for r in rows(
        "It expects to complete the deal by year-end and to cut staff by the end of the month.", pub)]
    assert got == [("year-end", "1989", "END", pd.Timestamp(1989, 9, 1)),
                   ("the end of the month", "1989-11", "END", pd.Timestamp(1989, 11, 21))]
    assert pairs("The percentage change is since year-end.", pub) == [("year-end", "1988")]
    assert pairs("In 1988, year-end net was below the 1987 level.", pub) == [("1988", "1988"), ("1987", "1987")]


def test_weekday_names_that_are_not_days():
    assert pairs("He wrote in the Sunday Times about Bloody Sunday and shops open every Friday.") == []


def test_weekdays_before_plural_nights_are_a_recurring_schedule():
    assert pairs("It said two new flights would leave Bombay on Monday and Tuesday nights from March 30.",
                 dt.date(1998, 2, 13)) == [("March 30", "1998-03-30")]
    assert pairs("The talks resume on Monday night.") == [("Monday", "2024-03-18")]


def test_yearless_date_takes_the_year_on_or_before_publication():
    got = [(r["text"], r["value"], r["anchor"], r["reference_basis"]) for r in rows(
        "The mayor was elected on Nov. 5 and took office in late April.", published=PUB, basis="text")]
    assert got == [("Nov. 5", "2023-11-05", "relative", "text"), ("late April", "2023-04", "relative", "text")]


def test_yearless_date_in_future_clause_is_the_next_one():
    assert pairs("The summit is expected to take place on Nov. 5.") == [("Nov. 5", "2024-11-05")]
    assert pairs("New elections will be held in April.") == [("April", "2024-04")]


def test_yearless_date_without_tense_cue_or_after_a_deadline_word_is_the_nearest():
    pub = dt.date(2023, 11, 2)
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(
        "The dividend is payable Jan. 2 to holders of record Dec. 15.", published=pub)]
    assert got == [(24, 30, "Jan. 2", "2024-01-02"), (52, 59, "Dec. 15", "2023-12-15")]
    assert pairs("Dow Jones said it extended its offer until 5 p.m. EST Nov. 9.", pub) == [("Nov. 9", "2023-11-09")]
    assert pairs("He said he would resign in January.", pub) == [("January", "2024-01")]


def test_yearless_date_after_a_deadline_word_ignores_a_reporting_verb_but_not_a_future_cue():
    pub = dt.date(2023, 10, 31)
    text = "The board declared a dividend payable Dec. 15; they said they expect to close by Dec. 20."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text, published=pub)]
    assert got == [(38, 45, "Dec. 15", "2023-12-15"), (81, 88, "Dec. 20", "2023-12-20")]
    text = "The airline will double its flights by August."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text, published=dt.date(2023, 2, 13))]
    assert got == [(39, 45, "August", "2023-08")]


def test_yearless_date_after_would_is_the_nearest_even_ahead():
    text = "It said two new flights would leave Bombay from March 30, with a third departing from August 6."
    assert pairs(text, dt.date(1998, 2, 13)) == [("March 30", "1998-03-30"), ("August 6", "1998-08-06")]


def test_month_ignores_an_attribution_after_a_comma_and_decided_to_looks_ahead():
    text = "NATO has decided to admit Poland and Hungary in early March, an official said on Wednesday."
    assert pairs(text, dt.date(1999, 2, 10)) == [("early March", "1999-03"), ("Wednesday", "1999-02-10")]
    assert pairs("NATO decided in early March to admit Poland.", dt.date(1999, 2, 10)) == [("early March", "1998-03")]


def test_fronted_month_without_cue_takes_the_tense_of_its_sentence():
    text = "In January, a week after the anniversary of the court decision, a bombing killed a guard."
    assert pairs(text, dt.date(1998, 10, 25)) == [("January", "1998-01")]
    text = "The party is considering a snap poll in May with the opposition in disarray after its leader was ousted."
    assert pairs(text, dt.date(1987, 3, 26)) == [("May", "1987-05")]  # not fronted: a past verb elsewhere is apart


def test_present_passive_is_no_past_cue():
    text = "The relatives may lose when the case is heard in May."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text)]
    assert got == [(49, 52, "May", "2024-05")]
    assert pairs("The case was heard in May.") == [("May", "2023-05")]


def test_month_goes_against_a_far_past_cue_only_when_far_nearer():
    pub = dt.date(2023, 10, 30)
    text = "Dealers placed heavy buy orders in the morning to start the first trading day for November transactions."
    got = [(r["start"], r["end"], r["text"], r["value"]) for r in rows(text, published=pub)]
    assert got == [(82, 90, "November", "2023-11")]
    text = "Dealers placed heavy buy orders in the morning to start the first trading day for December transactions."
    assert pairs(text, pub) == [("December", "2022-12")]
    assert pairs("Dealers placed orders for November transactions.", pub) == [("November", "2022-11")]  # a near cue


def test_month_with_relative_year_and_month_range():
    assert pairs("The troops left in July last year.") == [("July last year", "2023-07")]
    assert pairs("Snow fell between December and February 2021.") == [
        ("December", "2020-12"), ("February 2021", "2021-02")]


def test_may_and_march_need_a_date_context():
    assert pairs("Officials May resign. March organisers met.") == []
    assert pairs("It ended in May.") == [("May", "2023-05")]


# ------------------------------------------------------------------ no publication date


def test_unknown_publication_gives_xxxx_year_and_no_interval():
    got = [(r["text"], r["value"], r["date_start"], r["reference_basis"]) for r in rows(
        "The commander took over on Oct. 12 after clashes in early September.", published=None)]
    assert got == [("Oct. 12", "XXXX-10-12", None, None), ("early September", "XXXX-09", None, None)]


def test_unknown_publication_drops_purely_relative_expressions():
    assert pairs("Last week and yesterday, on Friday, two days ago, this year.", published=None) == []


# ------------------------------------------------------------------ robustness


@pytest.mark.parametrize("text", ["", "((( “ ’ — \u200b", "2023-02-30 and Feb. 30, 2023", "31 June", "'" * 50])
def test_never_raises_and_offsets_hold(text):
    for r in rows(text):
        assert text[r["start"]:r["end"]] == r["text"]


def test_invalid_days_fall_back_to_year_and_month():
    assert pairs("It was Feb. 30, 2023 or 31 June.") == [("2023", "2023"), ("June", "2023-06")]


# The seed gold is scored through the whole pipeline in tests/test_seed_corpus.py.


@pytest.mark.parametrize(("text", "values"), [
    ("The decision of 03/10/2023 was adopted.", ["2023-10-03"]),
    ("They met on 6/19/2024 and again on 03/10/2024.", ["2024-06-19", "2024-03-10"]),
    ("They met on 19/06/2024 and again on 03/10/2024.", ["2024-06-19", "2024-10-03"]),
    ("Posted 03/10/2024 4:22 PM EDT", ["2024-03-10"]),
])
def test_a_slash_date_that_reads_both_ways_follows_the_texts_own_order(text: str, values: list[str]) -> None:
    """Month first only where the text shows it (a date that only reads so, a 12-hour clock, an American time
    zone); otherwise day first."""
    doc = ArticleDoc("t", text, [(0, len(text))], dt.date(2024, 7, 1))
    assert [r["value"] for r in extract_timexes(doc)] == values


def test_a_year_at_the_start_of_a_sentence_frames_its_year_less_months():
    pub = dt.date(2024, 6, 12)
    assert pairs("Last year, NATO sent troops after clashes in May and an attack in September.", pub) == [
        ("Last year", "2023"), ("May", "2023-05"), ("September", "2023-09")]
    assert pairs("In 2019, the talks began on March 3 and ended in June.", pub) == [
        ("2019", "2019"), ("March 3", "2019-03-03"), ("June", "2019-06")]
    inner = pairs("Under a program approved in 1987, the firm had bought shares through Sept. 29.", pub)
    assert inner[1] == pairs("Under a program, the firm had bought shares through Sept. 29.", pub)[0]  # not 1987
    assert pairs("Since 2008, the force has shrunk; in May it will grow.", pub)[1] == ("May", "2025-05")


def test_compound_number_words_before_ago_and_later():
    pub = dt.date(2024, 6, 12)
    assert pairs("KFOR entered Kosovo on June 12, 1999. Twenty-five years later, it is still needed.", pub) == [
        ("June 12, 1999", "1999-06-12"), ("Twenty-five years later", "2024-06-12")]
    assert pairs("Forty-five days ago the talks began.", pub) == [("Forty-five days ago", "2024-04-28")]


# ------------------------------------------------------------------ the styles21/styles22 round


@pytest.mark.parametrize(("text", "expected"), [
    # a present tense with a trailing attribution: the attribution's past does not date the weekday
    ("Maj. Gen. Ivo Doe takes over command of the mission on Tuesday at a ceremony in Northtown, the ministry "
     "announced.", "2024-03-19"),
    ("The dispute goes to the commission on Monday, they said.", "2024-03-18"),
    # ... but a weekday opening the sentence, or a past verb of its own, keeps its past
    ("On Tuesday, it added reserves through repurchases.", "2024-03-12"),
    ("A bomb blew up in the parliament building early on Tuesday, a security official said.", "2024-03-12"),
    # "NATO-led" is an adjective, not the past tense "led"
    ("About 600 soldiers fly out on Monday to join the NATO-led force in Northland.", "2024-03-18"),
    # a past tense right before the weekday rules over a future later in the sentence, not after a deadline
    ("As the ban came into force on Thursday, residents queued at post offices, unsure how they will be paid.",
     "2024-03-14"),
    ("If the agreements are not settled by Friday, there will be a strike, he said.", "2024-03-15"),
])
def test_weekdays_with_an_attribution_an_adjective_or_two_tenses(text, expected):
    assert [r["value"] for r in rows(text) if r["precision"] == "day"] == [expected]


def test_today_in_a_quotation_is_the_day_its_attribution_names():
    got = pairs('"The soldiers are today in a stable condition," the ministry said in a statement on Wednesday.')
    assert got == [("today", "2024-03-13"), ("Wednesday", "2024-03-13")]
    got = pairs('He said relations had "never been better than they are today" and recalled that they met on '
                "Monday.")
    assert got == [("today", "2024-03-14"), ("Monday", "2024-03-11")]


def test_today_in_a_quotation_is_the_day_named_by_the_attribution_before_it():
    got = pairs('Speaking to reporters in Oslo on Tuesday, Jana Roe said: "I will discuss Kosovo with the ministers '
                'here tomorrow."')
    assert got == [("Tuesday", "2024-03-12"), ("tomorrow", "2024-03-13")]
    got = pairs("Speaking to a news agency on Sunday, the general said: \u201cThe force is stronger today than when I "
                "arrived.\u201d")
    assert got == [("Sunday", "2024-03-10"), ("today", "2024-03-10")]
    # a day named before another clause or sentence dates nothing inside the quotation
    got = pairs('The talks ended on Tuesday. Jana Roe said: "We meet again tomorrow."')
    assert got == [("Tuesday", "2024-03-12"), ("tomorrow", "2024-03-15")]


@pytest.mark.parametrize("text, expected", [
    # PUB is 2024-03-14: a month in a "would" clause with "as planned" after it, "set for", "would … until"
    ("The Defence Forces said the contingent would rotate in June as planned.", ("June", "2024-06")),
    ("That election, set for 9 January, explains much of what followed.", ("9 January", "2025-01-09")),
    ("The ministry said that the contingent would stay in Kosovo until September.", ("September", "2024-09")),
    ("OPEC adheres to the program as devised in December.", ("December", "2023-12")),
])
def test_a_planned_aside_set_for_and_would_until_point_ahead(text, expected):
    assert pairs(text) == [expected]


def test_a_future_weekday_named_on_that_weekday_is_the_same_day_and_next_is_a_week_later():
    # PUB is Thursday 2024-03-14
    assert pairs("The commission will present its findings on Thursday.") == [("Thursday", "2024-03-14")]
    assert pairs("The commission will present its findings next Thursday.") == [("next Thursday", "2024-03-21")]


def test_a_relative_clause_set_off_by_commas_does_not_date_the_weekday_of_its_sentence():
    text = "Maj. Gen. Ivo Doe, who has led the force since October 2022, hands over command on Tuesday."
    assert pairs(text) == [("October 2022", "2022-10"), ("Tuesday", "2024-03-19")]


def test_a_dateline_month_in_capitals_is_a_date_and_its_offsets_slice_the_capitals():
    text = "(ANSA) - ROME, OCT 10 - The general handed over command. MOSCOW, MAY 9 - Troops paraded. IT MAY 10 BE."
    found = rows(text)
    assert [(r["text"], r["value"]) for r in found] == [("OCT 10", "2023-10-10"), ("MAY 9", "2023-05-09")]  # past
    assert all(text[r["start"]:r["end"]] == r["text"] for r in found)


def test_a_month_of_that_year_takes_the_year_of_the_date_before_it():
    text = ("Ankara sent a battalion of about 500 commandos to Kosovo in June 2023. Others followed the Banjska "
            "attack in September of that year.")
    assert pairs(text) == [("June 2023", "2023-06"), ("September", "2023-09"), ("that year", "2023")]
    text = "The first is due in April 1989, the others in June and September of that year."  # Reuters
    assert pairs(text)[-2:] == [("September", "1989-09"), ("that year", "1989")]


def test_a_month_that_year_without_of_takes_the_year_last_written():
    text = "Tensions flared in May 2023, and again in September that year, when a police officer was killed."
    assert pairs(text) == [("May 2023", "2023-05"), ("September", "2023-09"), ("that year", "2023")]


@pytest.mark.parametrize(("text", "expected"), [
    # "ahead of" an event puts its date ahead of the report, whatever the tense around it
    ("Kurti, who is campaigning ahead of the election on 9 February, said nothing.", [("9 February", "2025-02-09")]),
    # "and" before an auxiliary opens a second predicate: "deployed in October" stays past
    ("The battalion deployed to Kosovo in October and is due to return in the spring.", [("October", "2023-10")]),
    # a modal before a deadline word puts the weekday ahead, even after "said"
    ("The water company said supplies should be back to normal by Wednesday.", [("Wednesday", "2024-03-20")]),
    ("The water company said supplies were back to normal by Wednesday.", [("Wednesday", "2024-03-13")]),
])
def test_clauses_that_put_a_date_ahead_or_keep_it_past(text, expected):
    assert pairs(text) == expected


def test_a_relative_aside_with_no_cue_of_its_own_takes_the_nearest_month():
    text = "Jens Stoltenberg, who leaves office in October, said the alliance would stay."
    assert pairs(text, dt.date(2024, 6, 13)) == [("October", "2024-10")]  # the aside ends at its comma: no "said"


def test_a_day_written_as_an_ordinal_word_before_of_and_the_month():
    assert pairs("On the first of February last year the rule changed. Talks resume on the twenty-fourth of "
                 "December. They met on the third of March 2023. The first of many came.",
                 dt.date(2025, 2, 3)) == [("the first of February last year", "2024-02-01"),
                                          ("the twenty-fourth of December", "2024-12-24"),
                                          ("the third of March 2023", "2023-03-03")]


@pytest.mark.parametrize("text, expected", [
    # a year followed by a verb with its own count is the year ("injured 93"), not a count of the injured
    ("Clashes in May 2023 injured 93 peacekeepers, and a gun battle in September that year killed four.",
     [("May 2023", "2023-05"), ("September", "2023-09"), ("that year", "2023")]),
    ("The 2000 injured were treated in May.", [("May", "2023-05")]),  # a count stays a count
])
def test_a_year_before_a_verb_with_a_count(text, expected):
    assert pairs(text, dt.date(2023, 11, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Clashes in May 2023 injured 93 peacekeepers. A battalion of about 500 troops arrived that June.",
     [("May 2023", "2023-05"), ("that June", "2023-06")]),
    ("Clashes in May 2023 injured 93 peacekeepers. He said that October would be hard.",
     [("May 2023", "2023-05"), ("October", "2024-10")]),  # reported speech: no anaphora
])
def test_that_month_is_the_month_of_the_year_last_written(text, expected):
    assert pairs(text, dt.date(2024, 6, 12)) == expected


def test_that_month_opening_a_clause_is_no_anaphora():
    text = ("Orders were last this high in 1982. The department had estimated on March 24 that February durable "
            "goods orders rose 6.7 pct.")
    assert ("February", "1987-02") in pairs(text, dt.date(1987, 4, 2))  # not 1982-02


@pytest.mark.parametrize("text, expected", [
    ("The carrier will fly every Friday from 2 July to 27 September, the company announced today.",
     [("2 July", "2024-07-02"), ("27 September", "2024-09-27"), ("today", "2024-06-05")]),
    ("The ban lasted from 20 December to 5 January.", [("20 December", "2023-12-20"), ("5 January", "2024-01-05")]),
    ("Talks were held on 4 June and 3 May.", [("4 June", "2024-06-04"), ("3 May", "2024-05-03")]),
])
def test_the_end_of_a_span_of_days_lies_after_its_start(text, expected):
    assert pairs(text, dt.date(2024, 6, 5)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Flights run every Tuesday and Friday; buses leave each Monday, Wednesday and Friday. The minister arrives on "
     "Friday.", [("Friday", "2024-06-07")]),
    ("Pegasus will go to 14 weekly flights from Istanbul (SAW), flying twice daily from September 1.",
     [("September 1", "2024-09-01")]),
    ("\"That is why the replacement buses will run even on the night of 15 August,\" Jovanović said.",
     [("15 August", "2024-08-15")]),
    ("\"The attack happened on 3 May,\" he said.", [("3 May", "2024-05-03")]),
])
def test_schedules_codes_in_capitals_and_quotations_keep_their_own_time(text, expected):
    assert pairs(text, dt.date(2024, 6, 5)) == expected
