# Puts the project folder on the import path of the tests.
