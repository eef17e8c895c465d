package example;

public class PriceCalculator {
    /** Applies a percentage discount; the rounding is deliberately wrong so the test fails. */
    public long discounted(long cents, int percent) {
        return cents * (100 - percent) / 100 + 1;
    }
}
