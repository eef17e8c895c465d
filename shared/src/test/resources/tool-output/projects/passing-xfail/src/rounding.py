def round_half_up(value):
    # Known bug: Python's round() rounds half to even, so 2.5 becomes 2.
    return round(value)
