function price(amount, member) {
  if (member) {
    return amount * 0.9;
  }
  if (amount > 100) {
    return amount - 5;
  }
  return amount;
}

module.exports = { price };
