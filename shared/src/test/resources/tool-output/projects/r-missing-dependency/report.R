# The CI's report script loads a package that the runner's library does not have.
library(acmeutils)
cat(format_report(read.csv("ledger.csv")), "\n")
