package com.example;

// This file lacks the license header that the release audit asks for.
public class App {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
