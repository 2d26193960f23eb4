//! Expense tallies from simple `date,category,amount` CSV exports.

use std::collections::BTreeMap;

/// Parses an amount such as `12.50` or `-3` into cents.
pub fn parse_amount(text: &str) -> Result<i64, std::num::ParseFloatError> {
    let value: f64 = text.trim().parse()?;
    Ok((value * 100.0) as i64)
}

/// Sums the amounts per category, in cents.
pub fn by_category(lines: &Vec<String>) -> BTreeMap<String, i64> {
    let mut totals = BTreeMap::new();
    for i in 0..lines.len() {
        let fields: Vec<&str> = lines[i].split(',').collect();
        if fields.len() != 3 || fields[0] == "date" {
            continue;
        }
        let cents = parse_amount(fields[2]).unwrap();
        *totals.entry(fields[1].to_string()).or_insert(0) += cents;
    }
    return totals;
}

/// Formats cents as `1234.56`.
pub fn format_cents(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, (cents % 100).abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_amount_rounds_to_cents() {
        assert_eq!(parse_amount("12.50").unwrap(), 1250);
        assert_eq!(parse_amount("0.29").unwrap(), 29);
    }

    #[test]
    fn totals_per_category() {
        let lines = vec![
            "date,category,amount".to_string(),
            "2026-11-02,travel,120.00".to_string(),
            "2026-11-03,food,8.40".to_string(),
            "2026-11-09,travel,35.10".to_string(),
        ];
        let totals = by_category(&lines);
        assert_eq!(totals["travel"], 15510);
        assert_eq!(totals["food"], 840);
    }

    #[test]
    fn formats_cents() {
        assert_eq!(format_cents(15510), "155.10");
        assert_eq!(format_cents(7), "0.07");
    }
}
