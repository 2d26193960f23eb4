use std::fs;
use std::path::Path;

pub const DEFAULT_CONFIG_NAME: &str = "overlay.toml";

pub struct Config {
    pub fps_limit: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config { fps_limit: 144 }
    }
}

pub fn parse_config(path: &Path) -> Config {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(_) => return Config::default(),
    };
    let mut config = Config::default();
    for line in text.lines() {
        if let Some(value) = line.strip_prefix("fps_limit = ") {
            config.fps_limit = value.trim().parse().unwrap_or(config.fps_limit);
        }
    }
    config
}
