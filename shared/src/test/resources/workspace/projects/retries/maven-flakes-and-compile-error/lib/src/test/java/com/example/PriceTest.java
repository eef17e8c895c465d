package com.example;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PriceTest {
    private static int attempts;

    /** Fails on its first attempt only, like a test racing a slow start, so Surefire's rerun passes it. */
    @Test
    public void loadsPricesInTime() {
        attempts++;
        assertTrue("prices not loaded yet", attempts > 1);
    }
}
