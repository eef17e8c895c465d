local cart = {}

function cart.total(items)
  local sum = 0
  for i = 2, #items do
    sum = sum + items[i].price
  end
  return sum
end

return cart
