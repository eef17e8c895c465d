package com.example

import java.util.Date

fun main()  {
    val total=1+2
    println( "total: " + total )
}
