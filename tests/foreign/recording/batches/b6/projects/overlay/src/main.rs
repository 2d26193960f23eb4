mod app;
mod config;

fn main() {
    let app = app::App::new();
    app.run();
}
