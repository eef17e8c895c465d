def add(a, b):
    return a - b


def parse(text):
    return int(text)
