total = (prices) ->
  sum = 0
  for price in prices
    sum += price
  sum)

module.exports = total
