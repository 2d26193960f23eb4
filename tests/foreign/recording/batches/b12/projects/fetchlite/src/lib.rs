//! Save pages from a (recorded) HTTP response into a local archive.

pub struct Response {
    url: String,
    body: Vec<u8>,
    pos: usize,
}

impl Response {
    pub fn new(url: &str, body: &[u8]) -> Self {
        Response { url: url.to_string(), body: body.to_vec(), pos: 0 }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// Copies the unread part of the body into `out`, returns how many bytes were copied.
    pub fn copy_to(&mut self, out: &mut Vec<u8>) -> usize {
        let rest = &self.body[self.pos..];
        out.extend_from_slice(rest);
        self.pos = self.body.len();
        rest.len()
    }
}

/// File name for a saved page: host plus path, slashes turned into dashes.
pub fn slug_for_url(url: &str) -> String {
    let without_scheme = url.split("://").nth(1).unwrap_or(url);
    let trimmed = without_scheme.trim_end_matches('/');
    trimmed.replace('/', "-")
}

pub fn save_page(resp: &mut Response) -> (String, Vec<u8>) {
    let final_url = resp.url();
    let mut data = Vec::new();
    resp.copy_to(&mut data);
    (slug_for_url(final_url), data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_keeps_host_and_path() {
        assert_eq!(slug_for_url("https://example.com/docs/intro"), "example.com-docs-intro");
    }

    #[test]
    fn slug_for_site_root() {
        assert_eq!(slug_for_url("https://example.com/"), "example.com-index");
    }

    #[test]
    fn save_reads_whole_body() {
        let mut r = Response::new("https://example.com/a", b"hello");
        let (name, data) = save_page(&mut r);
        assert_eq!(name, "example.com-a");
        assert_eq!(data, b"hello");
    }
}
