function total(lines) {
  return lines.reduce(function (sum, line) { return sum + line; }, 0);
}
