#' Sums the prices of an invoice's lines and takes off the discount (a fraction).
invoice_total <- function(prices, discount = 0) {
  sum(prices) * (1 + discount)
}
