from behave import given, when, then


@given("an empty cart")
def empty_cart(context):
    context.items = []


@when("I add an item costing {price:d}")
def add_item(context, price):
    context.items = [price]


@then("the total is {total:d}")
def check_total(context, total):
    assert sum(context.items) == total, f"total was {sum(context.items)}"
