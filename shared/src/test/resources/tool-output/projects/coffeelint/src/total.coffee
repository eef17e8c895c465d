total = (prices) ->
	sum = 0
	sum += price for price in prices
	sum

module.exports = total
