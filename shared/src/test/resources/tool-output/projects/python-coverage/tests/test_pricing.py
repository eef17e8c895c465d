import unittest

from app.pricing import price


class PriceTest(unittest.TestCase):
    def test_discount(self):
        self.assertEqual(price(200, 10), 180)
