use std::collections::HashMap;
use std::fs;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "access.log".to_string());
    let text = fs::read_to_string(&path).expect("cannot read log");
    let mut paths: Vec<String> = text
        .lines()
        .filter_map(|l| l.split_whitespace().nth(6).map(String::from))
        .collect();
    let first = &paths[0];
    paths.push(String::from("/healthz"));
    println!("first request: {}", first);

    let mut counts: HashMap<&str, usize> = HashMap::new();
    for p in &paths {
        *counts.entry(p.as_str()).or_default() += 1;
    }
    let mut top: Vec<_> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (p, n) in top.iter().take(5) {
        println!("{:>5}  {}", n, p);
    }
}
