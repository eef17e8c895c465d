Feature: Shopping cart

  Scenario: Adding two items
    Given an empty cart
    When I add an item costing 3
    And I add an item costing 4
    Then the total is 7
