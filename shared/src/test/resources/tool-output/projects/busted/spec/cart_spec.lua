package.path = "src/?.lua;" .. package.path
local cart = require("cart")

describe("cart", function()
  it("is empty at first", function()
    assert.are.equal(0, cart.total({}))
  end)

  it("adds up the prices", function()
    assert.are.equal(7, cart.total({ { price = 3 }, { price = 4 } }))
  end)
end)
