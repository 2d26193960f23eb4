use clap::Parser;

#[derive(Parser)]
struct Args {
    /// CSV file to summarise
    file: String,
}

fn main() {
    let args = Args::parse();
    let text = std::fs::read_to_string(&args.file).expect("read");
    println!("{} rows", text.lines().count().saturating_sub(1));
}
