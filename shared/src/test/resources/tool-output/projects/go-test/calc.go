package calc

func Divide(a, b int) int {
	if b == 0 {
		return 0
	}
	return a / b
}
