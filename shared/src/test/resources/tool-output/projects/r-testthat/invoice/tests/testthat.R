library(testthat)
library(invoice)

test_check("invoice")
