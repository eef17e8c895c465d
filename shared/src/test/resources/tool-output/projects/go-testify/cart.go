package cart

// Total sums the prices, in cents.
func Total(prices []int) int {
	total := 0
	for i := 1; i < len(prices); i++ {
		total += prices[i]
	}
	return total
}
