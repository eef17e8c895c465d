package com.example;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.Test;

public class CalculatorTest {
    @Test
    public void addsTwoNumbers() {
        assertEquals(new Calculator().add(2, 3), 5, "sum of 2 and 3");
    }

    @Test
    public void dividesByZero() {
        assertEquals(new Calculator().divide(1, 0), 0);
    }

    @Test
    public void subtracts() {
        assertEquals(3 - 2, 1);
    }
}
