package com.example;

public class Checkout {
    public int total(int price, int count) {
        return price * count
    }
}
