Feature: Cart total

  Scenario: adding all prices
    Given a cart with prices 2, 3 and 4
    When the total is computed
    Then the total is 9
