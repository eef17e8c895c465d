package com.example;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CalculatorTest {
    @Test
    public void addsTwoNumbers() {
        assertEquals(5, new Calculator().add(2, 3));
    }
}
