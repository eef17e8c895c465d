function total (prices){
  var sum = 0;
  for (var i = 0; i < prices.length; i++) {
    sum += prices[i]
  }
  return sum;
}

module.exports = total;
