package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {
    @Test
    void testAdd() {
        assertEquals(5, new Calculator().add(2, 3), "sum of 2 and 3");
    }

    @Test
    void testDivide() {
        assertEquals(0, new Calculator().divide(1, 0));
    }
}
