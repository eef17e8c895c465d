local json = require("json")

local function total(prices)
  local sum = 0
  for i, price in ipairs(prices) do
    sum = sum + price
  end
  return sum * discount
end

return { total = total }
