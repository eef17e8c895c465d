package total

// Sum adds the prices.
func Sum(prices []int) int {
	s := 0
	for _, p := range prices {
		s += p
	}
	return s
}
