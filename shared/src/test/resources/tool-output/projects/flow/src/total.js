// @flow
function total(prices: Array<number>): number {
  return prices.reduce((sum, price) => sum + price, 0);
}

const label: string = total([2, 3, 4]);
module.exports = label;
