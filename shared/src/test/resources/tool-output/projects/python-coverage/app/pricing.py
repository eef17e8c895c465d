def price(amount, discount):
    if discount > 0:
        return amount - amount * discount / 100
    return amount


def shipping(weight):
    if weight > 20:
        return 15
    if weight > 5:
        return 9
    return 4
