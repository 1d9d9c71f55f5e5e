"""pytest-style tests (functions, fixtures, parametrize) for --pytest."""
import pytest

import planted


@pytest.fixture
def numbers():
    return list(range(10))


def test_clean_fixture(numbers):
    assert sum(numbers) == 45


@pytest.mark.parametrize("n", [1, 5])
def test_clean_param(n):
    planted.noleak(n)


def test_leaks_two():
    planted.leak(2)
