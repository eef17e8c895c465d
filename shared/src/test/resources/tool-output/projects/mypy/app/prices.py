def total(prices: list[float]) -> float:
    return sum(prices)


def label(price: float) -> str:
    return price * 2


count: int = total([1.0, 2.5])
