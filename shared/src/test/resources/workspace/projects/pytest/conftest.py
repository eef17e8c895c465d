# Puts calc.py on the import path of the tests.
