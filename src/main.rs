//! Second Look: a training kit that teaches people to check sources before
//! they trust them. `main` only mounts the app; see `ui/app.rs`, and
//! `docs/architecture.md` for the rooms of the house.

// Calendar dates: certificates, records and when a skills check falls due.
mod calendar;
mod catalogue;
// SCORM 1.2: reports to an LMS when the kit runs inside one (see lms.rs).
mod lms;
// The kit's own messages (storage, saved progress), for the screen to show.
mod notices;
mod progress;
// Records: results, export, restore and certificates (pure; the screens are in ui/).
mod records;
mod route;
mod storage;
mod ui;

fn main() {
    console_error_panic_hook::set_once();
    // A SCORM package launches `kit.html?track=<id>` or `?lesson=<id>`: open it.
    lms::open_launch();
    leptos::mount::mount_to_body(ui::app::App);
}
