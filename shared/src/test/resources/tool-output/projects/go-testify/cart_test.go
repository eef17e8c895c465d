package cart

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTotal(t *testing.T) {
	assert.Equal(t, 900, Total([]int{200, 300, 400}), "total of three prices")
}

func TestEmptyCart(t *testing.T) {
	require.Zero(t, Total(nil))
}

func TestSingleItem(t *testing.T) {
	assert.True(t, Total([]int{250}) == 250)
}
