package com.example;

public class App {
    public static void main(String[] args) {
        int unused = 42;
        String name = args.length > 0 ? args[0] : null;
        System.out.println(name.length());
    }
}
