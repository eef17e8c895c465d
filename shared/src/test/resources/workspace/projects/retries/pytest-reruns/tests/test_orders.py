import itertools

_attempts = itertools.count(1)


def test_ships_in_time():
    # Fails on its first attempt only, like a test racing a slow start; pytest-rerunfailures reruns it.
    assert next(_attempts) > 1, "order not shipped yet"


def test_totals():
    # Genuinely wrong: every attempt fails.
    assert 2 * 3 + 1 == 8, "wrong total"
