use std::env;
use std::fs;

fn main() {
    let path = env::args().nth(1).unwrap_or_else(|| "data/prices.csv".to_string());
    let text = fs::read_to_string(&path).expect("cannot read input");
    let mut total = 0.0;
    let mut rows = 0;
    for (n, line) in text.lines().enumerate() {
        if n == 0 {
            continue; // header
        }
        let fields: Vec<&str> = line.split(',').collect();
        let price: f64 = fields[2].trim().parse().unwrap();
        total += price;
        rows += 1;
    }
    println!("{} rows, total {:.2}, mean {:.2}", rows, total, total / rows as f64);
}
