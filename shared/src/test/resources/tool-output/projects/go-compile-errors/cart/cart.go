package cart

// Cart holds the prices of its items, in cents.
type Cart struct{ Items []int }

// Pair returns the first two prices.
func (c Cart) Pair() (int, int) { return c.Items[0], c.Items[1] }

// Total adds the prices up.
func Total(c Cart) int {
	if c.Items {
		return 0
	}
	first := c.Pair()
	sum := len(c.Items)
	for range sum {
		sum++
	}
	sum := 0
	sum + 1
	return sum, nil
}

// Label names a cart by its size.
func Label(n int) string {
	switch n {
	case 1:
		return "one"
	case 1:
		return "single"
	}
	return Cart{Count: n}
}
