use std::env;
use std::fs;

mod stats;

fn main() {
    let path = env::args().nth(1).unwrap_or_else(|| "sample.txt".to_string());
    let text = fs::read_to_string(&path).expect("cannot read input");
    let words: Vec<String> = text.split_whitespace().map(|w| w.to_lowercase()).collect();

    for w in words {
        if w.len() > 12 {
            println!("long word: {}", w);
        }
    }
    println!("{} words, {} unique", words.len(), stats::unique(&words));
}
