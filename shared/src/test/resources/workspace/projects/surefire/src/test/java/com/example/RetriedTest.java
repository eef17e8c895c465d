package com.example;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Fails on its first attempt only, so Surefire's rerun records it as a flake. */
public class RetriedTest {
    private static int attempts;

    @Test
    public void passesOnRetry() {
        attempts++;
        assertTrue("first attempt fails", attempts > 1);
    }
}
