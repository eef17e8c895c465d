local cart = {}

function cart.total(items)
  local sum = 0
  for _, item in ipairs(items) do
    sum = sum + item.price
  end
  return sum
end

function cart.add(items, item)
  table.insert(items, item
end

return cart
