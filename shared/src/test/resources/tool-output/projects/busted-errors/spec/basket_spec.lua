package.path = "src/?.lua;" .. package.path
local basket = require("basket")

describe("basket", function()
  it("is empty at first", function()
    assert.are.equal(0, basket.total({}))
  end)

  it("multiplies prices by quantities", function()
    -- The second item has no quantity: arithmetic on nil raises an error.
    assert.are.equal(10, basket.total({ { price = 2, quantity = 2 }, { price = 6 } }))
  end)

  it("rejects a negative quantity", function()
    error("negative quantities are not checked yet")
  end)
end)
