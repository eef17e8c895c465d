package com.example;

public class App {
    public static void main(String[] args) {
        String name = "world";
        name.trim();
        if (args.length > 5) {
            new IllegalArgumentException("too many arguments");
        }
        System.out.println("hello " + name);
    }
}
