//! Parse human durations such as "1h30m" or "45m" into minutes.

pub fn parse_minutes(text: &str) -> Result<u32, String> {
    let mut total = 0u32;
    let mut number = String::new();
    for ch in text.trim().chars() {
        match ch {
            '0'..='9' => number.push(ch),
            'h' | 'm' => {
                let value: u32 = number
                    .parse()
                    .map_err(|_| format!("missing number before '{}' in {:?}", ch, text))?;
                total += if ch == 'h' { value * 100 } else { value };
                number.clear();
            }
            _ => return Err(format!("unexpected {:?} in {:?}", ch, text)),
        }
    }
    if !number.is_empty() {
        return Err(format!("number without unit in {:?}", text));
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_only() {
        assert_eq!(parse_minutes("45m"), Ok(45));
    }

    #[test]
    fn hours_and_minutes() {
        assert_eq!(parse_minutes("1h30m"), Ok(90));
    }

    #[test]
    fn rejects_bare_number() {
        assert!(parse_minutes("90").is_err());
    }
}
