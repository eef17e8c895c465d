test_that("an invoice without a discount sums its prices", {
  expect_equal(invoice_total(c(3, 4)), 7)
})

test_that("a discount lowers the total", {
  expect_equal(invoice_total(c(10, 10), discount = 0.1), 18)
})

test_that("prices may be given as text", {
  expect_equal(invoice_total(c("3", "4")), 7)
})
