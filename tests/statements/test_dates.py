from datetime import date

import pytest

from kg.statements import resolve_date

TUESDAY = date(2021, 11, 30)


@pytest.mark.parametrize("phrase, future, expected", [
    ("on Friday", False, date(2021, 11, 26)),
    ("Friday", False, date(2021, 11, 26)),
    ("on Tuesday", False, date(2021, 11, 30)),
    ("on Monday", False, date(2021, 11, 29)),
    ("on Friday", True, date(2021, 12, 3)),
    ("yesterday", False, date(2021, 11, 29)),
    ("today", False, date(2021, 11, 30)),
    ("Nov. 26", False, date(2021, 11, 26)),
    ("26 November", False, date(2021, 11, 26)),
    ("December 30", False, date(2020, 12, 30)),
    ("November 26, 2019", False, date(2019, 11, 26)),
    ("this year", False, None),
    ("last week", False, None),
])
def test_resolve_against_publication(phrase, future, expected):
    assert resolve_date(phrase, TUESDAY, future=future) == expected


@pytest.mark.parametrize("phrase, expected", [("on Friday", None), ("November 26, 2019", date(2019, 11, 26))])
def test_without_publication_only_absolute_dates(phrase, expected):
    assert resolve_date(phrase, None) == expected


def test_a_leap_day_after_publication_resolves_to_nothing():
    """"Feb. 29" in an article of Feb. 20, 2016 would be the year before, which had no such day."""
    assert resolve_date("Feb. 29", date(2016, 2, 20)) is None
    assert resolve_date("Feb. 29", date(2016, 3, 2)) == date(2016, 2, 29)
