package com.example

fun main() {
    val greeting = "hello"
    println(greting)
    val count: Int = "three"
}
