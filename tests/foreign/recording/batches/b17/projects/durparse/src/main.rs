use durparse::parse_minutes;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: durparse DURATION...");
        std::process::exit(2);
    }
    for arg in &args {
        match parse_minutes(arg) {
            Ok(m) => println!("{:>8} = {} min", arg, m),
            Err(e) => eprintln!("error: {}", e),
        }
    }
}
