use std::path::PathBuf;

pub const DEFAULT_CONFIG_NAME: &str = "lens.toml";

#[derive(Debug)]
pub struct Config {
    pub zoom: f32,
    pub smoothing: u32,
    pub fov: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config { zoom: 1.0, smoothing: 4, fov: 90 }
    }
}

/// Directory the configuration lives in: next to the executable, or ~/.config/lenscfg.
pub fn config_dir() -> PathBuf {
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".config").join("lenscfg"),
        None => std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.to_path_buf()))
            .unwrap_or_else(|| PathBuf::from(".")),
    }
}

pub fn parse_config(text: &str) -> Config {
    let mut cfg = Config::default();
    for line in text.lines() {
        let (key, value) = match line.split_once('=') {
            Some(pair) => pair,
            None => continue,
        };
        let value = value.trim();
        match key.trim() {
            "zoom" => cfg.zoom = value.parse().unwrap_or(cfg.zoom),
            "smoothing" => cfg.smoothing = value.parse().unwrap_or(cfg.smoothing),
            "fov" => cfg.fov = value.parse().unwrap_or(cfg.fov),
            _ => {}
        }
    }
    cfg
}
