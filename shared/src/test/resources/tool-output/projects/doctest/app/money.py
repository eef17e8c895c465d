def split(amount, people):
    """Splits an amount between people, in whole cents.

    >>> split(100, 3)
    [34, 33, 33]
    >>> split(10, 2)
    [5, 5]
    """
    share = amount // people
    return [share] * people
