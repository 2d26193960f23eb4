use std::env;
use std::process;
use units::{convert, Unit};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let rest: Vec<&String> = args.iter().filter(|a| *a != "--json").collect();
    if rest.len() != 3 {
        eprintln!("usage: units VALUE FROM TO [--json]   (units: mm cm m in ft)");
        process::exit(2);
    }
    let value: f64 = rest[0].parse().unwrap_or_else(|_| {
        eprintln!("units: not a number: {}", rest[0]);
        process::exit(2);
    });
    let (from, to) = match (Unit::parse(rest[1]), Unit::parse(rest[2])) {
        (Some(f), Some(t)) => (f, t),
        _ => {
            eprintln!("units: unknown unit in {} {}", rest[1], rest[2]);
            process::exit(2);
        }
    };
    let result = convert(value, from, to);
    if json {
        println!("{}", units::to_json(value, rest[1], result, rest[2]));
    } else {
        println!("{} {} = {:.4} {}", value, rest[1], result, rest[2]);
    }
}
