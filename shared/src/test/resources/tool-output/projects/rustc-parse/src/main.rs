fn total(prices: &[u32]) -> u32 {
    prices.iter().sum()
}

fn main() {
    let prices = vec![120, 80];
    println!("{}", total(&prices)
}
