import unittest

from calc import divide


class CalcTest(unittest.TestCase):
    def test_half(self):
        self.assertEqual(divide(1, 2), 1, "one half rounds up")

    def test_zero(self):
        divide(1, 0)

    def test_ok(self):
        self.assertEqual(divide(4, 2), 2)
