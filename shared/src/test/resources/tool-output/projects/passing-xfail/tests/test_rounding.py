import pytest

from src.rounding import round_half_up


def test_rounds_down_below_half():
    assert round_half_up(2.4) == 2


@pytest.mark.xfail(reason="round() rounds half to even: issue 12")
def test_rounds_half_up():
    assert round_half_up(2.5) == 3


@pytest.mark.xfail(raises=ValueError, reason="parsing of locales is not implemented")
def test_parses_invalid_literal():
    int("2,5")
