package com.example;

public class App {
    public static void main(String[] args) {
        String greeting = "hello";
        System.out.println(greting);
        int count = "three";
    }
}
