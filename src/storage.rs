//! The browser's localStorage, with the kit's one rule for saved data: a
//! value that cannot be read (or that a restore replaces) is copied aside
//! and reported, never dropped.

pub mod document;

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::notices::Notices;

/// Every key starts with this: all `file://` pages in a browser share one storage.
const PREFIX: &str = "second-look/";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A document kept under `second-look/{name}`, as a signal: loaded once, saved
/// after every change. `what` names it in messages ("Your saved progress").
pub fn persisted<T>(name: &'static str, format: u32, what: &'static str, notices: Notices) -> RwSignal<T>
where
    T: Serialize + DeserializeOwned + Default + Send + Sync + 'static,
{
    let key = format!("{PREFIX}{name}");
    let (value, may_save) = load::<T>(&key, format, what, notices);
    let signal = RwSignal::new(value);
    let warned = StoredValue::new(false);
    Effect::new(move |previous: Option<()>| {
        signal.with(|value| {
            // The first run only sees what was just loaded: nothing to save.
            if previous.is_none() || !may_save {
                return;
            }
            let saved = local_storage().is_some_and(|storage| storage.set_item(&key, &document::write(value)).is_ok());
            if !saved && !warned.get_value() {
                warned.set_value(true);
                notices.push(format!(
                    "{what} could not be saved: this browser's storage is full or blocked. Keep this tab open so nothing is lost."
                ));
            }
        });
    });
    signal
}

/// Loads a document, and says whether saving may overwrite the stored value.
fn load<T: DeserializeOwned + Default>(key: &str, format: u32, what: &str, notices: Notices) -> (T, bool) {
    let Some(storage) = local_storage() else {
        notices.push(format!(
            "This browser does not let the kit keep anything, so {} last only until you close this tab.",
            what.to_lowercase()
        ));
        return (T::default(), false);
    };
    let Some(stored) = storage.get_item(key).ok().flatten() else {
        return (T::default(), true);
    };
    match document::read(&stored, format) {
        Ok(value) => (value, true),
        Err(reason) => {
            if let Ok(copy_key) = keep_copy_in(&storage, key, "unreadable", &stored) {
                notices.push(format!(
                    "{what} could not be read: {reason}. A copy has been kept in this browser's storage under “{copy_key}”, and from now on the kit saves alongside it."
                ));
                (T::default(), true)
            } else {
                notices.push(format!(
                    "{what} could not be read: {reason}. There is no room to keep a copy, so the kit leaves it untouched and will not save over it in this session."
                ));
                (T::default(), false)
            }
        }
    }
}

/// There was no room in (or no access to) the browser's storage to keep a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoRoom;

/// Keeps `value` aside under `second-look/{name}-{why}-{time}`, as an
/// unreadable stored value is kept, so that what the kit is about to set
/// aside is never lost. Returns the copy's key.
pub fn keep_copy(name: &str, why: &str, value: &str) -> Result<String, NoRoom> {
    let storage = local_storage().ok_or(NoRoom)?;
    keep_copy_in(&storage, &format!("{PREFIX}{name}"), why, value)
}

fn keep_copy_in(storage: &web_sys::Storage, key: &str, why: &str, value: &str) -> Result<String, NoRoom> {
    let copy_key = format!("{key}-{why}-{}", now_ms());
    storage.set_item(&copy_key, value).map(|()| copy_key).map_err(|_| NoRoom)
}

fn now_ms() -> u64 {
    // Only makes the copy's key unique and sortable.
    web_sys::window().and_then(|w| w.performance()).map_or(0, |p| (p.time_origin() + p.now()) as u64)
}
