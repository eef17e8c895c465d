package com.example;

/** Prices with a discount, see {@link Discounts}. */
public class Pricing {
    /**
     * Applies the discount when <b>amount < limit.
     *
     * @param amount the amount
     * @param limit the limit
     * @returns the discounted amount
     */
    public static int discount(int amount, int limit) {
        return amount < limit ? amount - 1 : amount;
    }
}
