use fetchlite::{save_page, Response};
use std::fs;

fn main() {
    let pages = [
        ("https://example.com/", "<h1>Example</h1>"),
        ("https://example.com/docs/intro", "<p>Intro</p>"),
    ];
    fs::create_dir_all("archive").expect("create archive/");
    for (url, body) in pages {
        let mut resp = Response::new(url, body.as_bytes());
        let (name, data) = save_page(&mut resp);
        let path = format!("archive/{}.html", name);
        fs::write(&path, &data).expect("write page");
        println!("saved {} ({} bytes)", path, data.len());
    }
}
