use crate::config::{exe_path, parse_config, Config, DEFAULT_CONFIG_NAME};

pub fn run(args: &[String]) -> i32 {
    let path = exe_path().join(DEFAULT_CONFIG_NAME);
    if args.iter().any(|a| a == "--print") {
        println!("config file: {}", path.display());
    }
    let cfg: Config = match std::fs::read_to_string(&path) {
        Ok(text) => parse_config(&text),
        Err(_) => Config::default(),
    };
    println!("zoom={} smoothing={} fov={}", cfg.zoom, cfg.smoothing, cfg.fov);
    0
}
