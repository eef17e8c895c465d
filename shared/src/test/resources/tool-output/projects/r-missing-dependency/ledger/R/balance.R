balance <- function(lines) {
  round_cents(sum(lines))
}
