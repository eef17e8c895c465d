package com.example;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ShutdownTest {
    /** Code under test that ends the JVM, as a command-line main() might, takes Surefire's fork down with it. */
    @Test
    public void exitsTheJvm() {
        System.exit(3);
        assertTrue(true);
    }
}
