//! The browser side of saved progress: localStorage, with a copy kept of
//! anything that cannot be read.

use super::saved::{self, Loaded, SavedProgress};

/// Keys are namespaced: every `file://` page in a browser shares one storage.
pub const PROGRESS_KEY: &str = "second-look/progress";
const UNREADABLE_PREFIX: &str = "second-look/progress-unreadable-";

/// The outcome of loading at start-up.
pub struct Startup {
    pub progress: SavedProgress,
    /// Whether saving may overwrite the stored value (false only when an
    /// unreadable value could not be copied aside, so it must stay put).
    pub may_save: bool,
    /// A message for the learner, if anything went wrong.
    pub notice: Option<String>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Startup {
    let Some(storage) = local_storage() else {
        return Startup {
            progress: SavedProgress::default(),
            may_save: false,
            notice: Some(
                "This browser does not let the kit save progress, so your answers last only until you close this tab."
                    .into(),
            ),
        };
    };
    let stored = storage.get_item(PROGRESS_KEY).ok().flatten();
    match saved::read(stored.as_deref()) {
        Loaded::Nothing => Startup { progress: SavedProgress::default(), may_save: true, notice: None },
        Loaded::Progress(progress) => Startup { progress, may_save: true, notice: None },
        Loaded::Unreadable { reason } => {
            let raw = stored.unwrap_or_default();
            let copy_key = format!("{UNREADABLE_PREFIX}{}", js_sys_now());
            match storage.set_item(&copy_key, &raw) {
                Ok(()) => Startup {
                    progress: SavedProgress::default(),
                    may_save: true,
                    notice: Some(format!(
                        "Your saved progress could not be read: {reason}. A copy has been kept in this browser's storage under “{copy_key}”, and new progress will be saved alongside it."
                    )),
                },
                Err(_) => Startup {
                    progress: SavedProgress::default(),
                    may_save: false,
                    notice: Some(format!(
                        "Your saved progress could not be read: {reason}. There is no room to keep a copy, so the kit will leave it untouched and will not save new progress in this session."
                    )),
                },
            }
        }
    }
}

/// Saves progress; an error means it was not saved (storage full or blocked).
pub fn save(progress: &SavedProgress) -> Result<(), ()> {
    let storage = local_storage().ok_or(())?;
    storage.set_item(PROGRESS_KEY, &saved::write(progress)).map_err(|_| ())
}

fn js_sys_now() -> u64 {
    // Milliseconds since 1970, only to make the copy's key unique and sortable.
    web_sys::window().and_then(|w| w.performance()).map_or(0, |p| (p.time_origin() + p.now()) as u64)
}
