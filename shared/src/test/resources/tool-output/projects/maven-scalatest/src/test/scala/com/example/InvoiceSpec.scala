package com.example

import org.scalatest.funsuite.AnyFunSuite

class InvoiceSpec extends AnyFunSuite {
  test("an invoice without a discount sums its prices") {
    assert(Invoice.total(Seq(300, 400)) == 700)
  }

  test("a discount lowers the total") {
    assert(Invoice.total(Seq(1000, 1000), discount = 0.1) == 1800)
  }
}
