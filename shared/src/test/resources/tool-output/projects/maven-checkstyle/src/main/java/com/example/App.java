package com.example;

public class App {
    public static void main(String[] args) {
        int x=1;
        System.out.println(x);
    }
}
