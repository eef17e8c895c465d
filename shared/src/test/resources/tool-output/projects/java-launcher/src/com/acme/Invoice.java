package com.acme;

public class Invoice {
    public static void main(String[] args) {
        System.out.println("invoice");
    }
}
