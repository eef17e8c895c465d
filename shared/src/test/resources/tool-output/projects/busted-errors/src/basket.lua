local basket = {}

function basket.total(items)
  local sum = 0
  for _, item in ipairs(items) do
    sum = sum + item.price * item.quantity
  end
  return sum
end

return basket
