export function total(prices: number[]): number {
    var sum = 0;
    for (const price of prices) {
        sum += price
    }
    return sum;
}
