exports.total = (prices) ->
  sum = 0
  for p in prices
    sum += p
  sum)
