package com.example;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CalculatorTest {
    @Test
    public void testAdd() {
        assertEquals("sum of 2 and 3", 5, new Calculator().add(2, 3));
    }

    @Test
    public void testDivide() {
        assertEquals(0, new Calculator().divide(1, 0));
    }

    @Test
    public void testSubtractPasses() {
        assertEquals(1, 3 - 2);
    }
}
