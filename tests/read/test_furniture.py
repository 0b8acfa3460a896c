"""Lines of a web page's text that belong to the page, not the article."""
import pytest

from kg.read.furniture import is_page_furniture

FURNITURE = [
    "READ MORE: Flood warnings issued for three counties as rain continues",
    "SEE MORE: Storm latest as thousands lose power",
    "DON'T MISS",
    "CLICK HERE TO GET THE NEWS APP",
    "Ministers clash over budget cuts [VIDEO]",
    "Strikers return to work after pay deal [INSIGHT]|",
    "Main image credit: Getty",
    "Photo: Agency",
    "© Reuters",
    "(Image: PA)",
    "Write to Jane Smith at jane.smith@example.com",
    "Order Reprints",
    "This copy is for your personal, non-commercial use only.",
    "https://news.example/2024/04/port-strike-ends",
    "Also on example.com: Court rules on port dispute",
    "You may also like...",
    "Like this story? Share it with a friend!",
    "Thanks for signing up!",
    "Subscribe to our newsletter",
]
NEWS = [
    "“We have a deal,” union leader Rosa Lindqvist said in Gothenburg on Tuesday.",
    "Read more than 40 pages of the report and you find the same warning, the auditor said.",
    "Photos taken by residents showed water up to the windows of the town hall.",
    "The credit union said its members would vote on Friday.",
    "Related charges against two other men were dropped in March, prosecutors said.",
    "NATO said the exercise would go ahead in June.",
    "Watch the skies: the meteor shower peaks on Thursday night, astronomers said.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_is_left_out(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", NEWS)
def test_news_lines_stay(line):
    assert not is_page_furniture(line)
