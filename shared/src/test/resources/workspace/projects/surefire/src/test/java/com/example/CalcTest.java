package com.example;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CalcTest {
    private final Calc calc = new Calc();

    @Test
    public void addsTwoNumbers() {
        assertEquals(5, calc.add(2, 3));
    }

    @Test
    public void dividesByZero() {
        calc.divide(1, 0);
    }

    @Test
    public void dividesEvenly() {
        assertEquals(2, calc.divide(4, 2));
    }
}
