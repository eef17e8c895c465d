package com.example

object Invoice {
  /** Sums the prices (in cents) and takes off the discount, a fraction. */
  def total(prices: Seq[Long], discount: Double = 0.0): Long =
    math.round(prices.sum * (1 + discount))
}
