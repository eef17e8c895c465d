package com.example;

import java.util.ArrayList;
import java.util.List;

public class App {
    @SuppressWarnings("unused")
    public static void main(String[] args) {
        List names = new ArrayList();
        names.add("raw");
        System.out.println(names);
    }
}
