package com.example;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class SlowTest {
    /** Hangs longer than the fork may live (forkedProcessTimeoutInSeconds in the POM). */
    @Test
    public void waitsForever() throws InterruptedException {
        Thread.sleep(10_000);
        assertTrue(true);
    }
}
