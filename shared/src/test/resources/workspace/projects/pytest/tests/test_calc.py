from calc import add, parse


def test_add():
    assert add(2, 3) == 5


class TestParse:
    def test_parse_number(self):
        assert parse("42") == 42

    def test_parse_word(self):
        assert parse("forty-two") == 42
