package com.example;

public class App
{
    public static void main(String[] args)   {
      int  total=1+2;
        System.out.println( "total: "+total );
    }
}
