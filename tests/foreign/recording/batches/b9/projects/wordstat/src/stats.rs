use std::collections::HashSet;

/// Number of distinct words, ignoring case and surrounding punctuation.
pub fn unique(words: &[String]) -> usize {
    let mut seen = HashSet::new();
    for w in words {
        let clean = w.to_lowercase();
        if clean.len() == 0 {
            continue;
        }
        seen.insert(clean);
    }
    seen.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn counts_distinct_words() {
        assert_eq!(unique(&v(&["a", "b", "a"])), 2);
    }

    #[test]
    fn ignores_case_and_punctuation() {
        assert_eq!(unique(&v(&["Rust", "rust,", "(rust)", "cargo"])), 2);
    }
}
