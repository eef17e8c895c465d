package calc

import "testing"

func TestDivide(t *testing.T) {
	if got := Divide(6, 3); got != 3 {
		t.Errorf("Divide(6, 3) = %d, want 3", got)
	}
	if got := Divide(1, 0); got != -1 {
		t.Errorf("Divide(1, 0) = %d, want -1", got)
	}
}

func TestTable(t *testing.T) {
	t.Run("by_zero", func(t *testing.T) {
		if Divide(2, 0) != 1 {
			t.Fatal("dividing by zero should give 1")
		}
	})
	t.Run("ok", func(t *testing.T) {})
}
