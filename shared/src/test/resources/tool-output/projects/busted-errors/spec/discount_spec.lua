package.path = "src/?.lua;" .. package.path
local basket = require("basket")

describe("discount", function()
  it("takes ten percent off", function()
    assert.are.equal(9, basket.total({ { price = 10, quantity = 1 } }) * 0.9
  end)
end)
