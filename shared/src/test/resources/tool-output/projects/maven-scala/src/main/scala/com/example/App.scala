package com.example

object App {
  def main(args: Array[String]): Unit = {
    val greeting = "hello"
    println(greting)
    val count: Int = "three"
  }
}
