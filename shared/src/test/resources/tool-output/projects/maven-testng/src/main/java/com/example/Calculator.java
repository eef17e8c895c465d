package com.example;

public class Calculator {
    public int divide(int a, int b) {
        return a / b;
    }

    public int add(int a, int b) {
        return a + b + 1;
    }
}
