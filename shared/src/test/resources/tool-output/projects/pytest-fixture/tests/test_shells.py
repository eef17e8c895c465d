def test_needs_packages(packages):
    assert packages


class TestAliases:
    def test_app_alias(self):
        assert "fuck".upper() == "fuck", "aliases keep their case"

    def test_plain(self):
        assert True
