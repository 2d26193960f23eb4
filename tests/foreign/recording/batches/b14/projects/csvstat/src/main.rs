use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    let mut reader = csv::Reader::from_path("data.csv")?;
    let mut rows = 0;
    for record in reader.records() {
        record?;
        rows += 1;
    }
    println!("{} rows", rows);
    Ok(())
}
