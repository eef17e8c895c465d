package total

import (
	"sort"
	"strings"
	"testing"
)

// strings is a helper of the tests, but an import already has its name.
func strings(parts ...string) string { return "" }

func TestSum(t *testing.T) {
	var got string = Sum([]int{1, 2})
	if got != 3 {
		t.Fatalf("got %d", got)
	}
}
