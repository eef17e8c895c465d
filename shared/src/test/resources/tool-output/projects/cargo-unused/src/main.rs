fn main() {
    let prices = [3, 4];
    for (index, price) in prices.iter().enumerate() {
        println!("{}", price);
    }
}
