from calc import divide


def test_div():
    assert divide(1, 0) == 0


def test_half():
    assert divide(1, 2) == 1, "one half rounds up"


def test_ok():
    assert divide(4, 2) == 2
