"""Batches follow the text parsed at once, not only the count of articles."""
import pytest

from kg.read import Article, Problem, batched_by_size


@pytest.mark.parametrize("lengths, size, characters, expected", [
    ([10] * 5, 32, 1_000, [5]),                 # short articles: one batch
    ([400] * 5, 32, 1_000, [2, 2, 1]),          # long ones: as many as fit
    ([5_000, 10, 10], 32, 1_000, [1, 2]),       # one article over the cap goes alone
    ([10] * 5, 2, 1_000, [2, 2, 1]),            # the count still caps
])
def test_batches_by_size(lengths, size, characters, expected):
    articles = [Article(id=str(i), text="x" * n) for i, n in enumerate(lengths)]
    batches = list(batched_by_size(articles, size, characters=characters))
    assert [len(b) for b in batches] == expected
    assert [a for b in batches for a in b] == articles


def test_problems_ride_along_and_keep_their_place():
    items = [Article(id="a", text="x" * 900), Problem("bad.txt", "bad"), Article(id="b", text="x" * 900)]
    batches = list(batched_by_size(items, 32, characters=1_000))
    assert [i for b in batches for i in b] == items and len(batches) == 2
