package com.example

import org.scalatest.BeforeAndAfterAll
import org.scalatest.funsuite.AnyFunSuite

class RatesSpec extends AnyFunSuite with BeforeAndAfterAll {
  private var rates: Map[String, Double] = Map.empty

  override def beforeAll(): Unit = {
    rates = Seq("DE,0.19", "FR,20%").map { line =>
      val Array(code, rate) = line.split(',')
      code -> rate.toDouble
    }.toMap
  }

  test("Germany's rate is 19%") {
    assert(rates("DE") == 0.19)
  }
}
