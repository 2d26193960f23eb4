use crate::config::{exe_path, parse_config, Config, DEFAULT_CONFIG_NAME};

pub struct App {
    config: Config,
}

impl App {
    pub fn new() -> Self {
        let path = exe_path().join(DEFAULT_CONFIG_NAME);
        let config = parse_config(&path);
        App { config }
    }

    pub fn run(&self) {
        println!("overlay {} running, fps limit {}", env!("CARGO_PKG_VERSION"), self.config.fps_limit);
    }
}
