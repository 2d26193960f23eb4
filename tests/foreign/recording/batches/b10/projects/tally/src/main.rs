use std::env;
use std::fs;
use std::process;

use tally::{by_category, format_cents};

fn main() {
    let path = env::args().nth(1).unwrap_or_else(|| {
        eprintln!("usage: tally FILE.csv");
        process::exit(2);
    });
    let text = fs::read_to_string(&path).unwrap_or_else(|err| {
        eprintln!("tally: {}: {}", path, err);
        process::exit(1);
    });
    let lines: Vec<String> = text.lines().map(|l| l.to_string()).collect();
    let totals = by_category(&lines);
    let mut grand = 0;
    for (category, cents) in &totals {
        println!("{:<12} {:>10}", category, format_cents(*cents));
        grand += cents;
    }
    println!("{:<12} {:>10}", "TOTAL", format_cents(grand));
}
