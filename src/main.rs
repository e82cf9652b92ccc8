//! Second Look: a training kit that teaches people to check sources before
//! they trust them. `main` only mounts the app; see `app.rs`.

mod app;
mod catalogue;
mod progress;
mod route;
mod storage;
mod ui;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
