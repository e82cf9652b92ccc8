//! The browser's localStorage, with the kit's one rule for saved data: a
//! value that cannot be read (or that a restore replaces) is copied aside
//! and reported, never dropped; and what another window of the kit saved
//! meanwhile is merged in, never written over (see `merge`).

pub mod document;
pub mod merge;

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::notices::{Document, Notice, Notices};

/// Every key starts with this: all `file://` pages in a browser share one storage.
const PREFIX: &str = "second-look/";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A document kept under `second-look/{name}`, as a signal: loaded once, saved
/// after every change. `what` says which document it is, for notices.
/// If two windows change it, the one that saves last takes the whole value
/// ([`merge::whole`]); see [`persisted_merging`] for documents to combine.
pub fn persisted<T>(name: &'static str, format: u32, what: Document, notices: Notices) -> RwSignal<T>
where
    T: Serialize + DeserializeOwned + Default + Clone + PartialEq + Send + Sync + 'static,
{
    persisted_merging(name, format, what, notices, merge::whole)
}

/// As [`persisted`], with `merge` to combine what this window changed with
/// what another window saved meanwhile: before every save, and whenever the
/// other window saves (the `storage` event), so each shows the other's work.
pub fn persisted_merging<T>(
    name: &'static str,
    format: u32,
    what: Document,
    notices: Notices,
    merge: merge::MergeFn<T>,
) -> RwSignal<T>
where
    T: Serialize + DeserializeOwned + Default + Clone + PartialEq + Send + Sync + 'static,
{
    let key = format!("{PREFIX}{name}");
    let (value, may_save) = load::<T>(&key, format, what, notices);
    let signal = RwSignal::new(value.clone());
    // What this window last read or wrote: the base of every merge.
    let base = StoredValue::new(value);
    // The stored text of `base`, once this window has read or written it:
    // while storage still holds it, nobody else saved, and saving needs no parse.
    let synced = StoredValue::new(None::<String>);
    let warned = StoredValue::new(false);
    let save_key = key.clone();
    Effect::new(move |previous: Option<()>| {
        let Some(mine) = signal.try_get() else { return };
        // The first run only sees what was just loaded: nothing to save.
        if previous.is_none() || !may_save {
            return;
        }
        let storage = local_storage();
        let stored = storage.as_ref().and_then(|storage| storage.get_item(&save_key).ok().flatten());
        // Another window saved since this one last did: merge, never overwrite.
        let unchanged = synced.with_value(|synced| synced.is_some() && *synced == stored);
        let theirs =
            stored.as_deref().filter(|_| !unchanged).and_then(|stored| document::read::<T>(stored, format).ok());
        let value = match theirs {
            Some(theirs) if base.with_value(|base| *base != theirs) => {
                base.with_value(|base| merge(base, mine.clone(), theirs))
            }
            _ => mine.clone(),
        };
        let text = document::write(&value);
        let saved = stored.as_deref() == Some(text.as_str())
            || storage.is_some_and(|storage| storage.set_item(&save_key, &text).is_ok());
        if saved {
            base.set_value(value.clone());
            synced.set_value(Some(text));
            if value != mine {
                signal.set(value);
            }
        } else if !warned.get_value() {
            warned.set_value(true);
            notices.push(Notice::NotSaved(what));
        }
    });
    // Another window saved: show its work here too. Nothing is written back
    // now; this window's next save writes the merged value.
    let listener = window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
        if event.key().as_deref() != Some(key.as_str()) {
            return;
        }
        let Some(stored) = event.new_value() else { return };
        let Ok(theirs) = document::read::<T>(&stored, format) else { return };
        let Some(mine) = signal.try_get_untracked() else { return };
        let merged = base.with_value(|base| merge(base, mine.clone(), theirs.clone()));
        base.set_value(theirs);
        synced.set_value(Some(stored));
        if merged != mine {
            signal.set(merged);
        }
    });
    on_cleanup(move || listener.remove());
    signal
}

/// Loads a document, and says whether saving may overwrite the stored value.
fn load<T: DeserializeOwned + Default>(key: &str, format: u32, what: Document, notices: Notices) -> (T, bool) {
    let Some(storage) = local_storage() else {
        notices.push(Notice::StorageUnavailable);
        return (T::default(), false);
    };
    let Some(stored) = storage.get_item(key).ok().flatten() else {
        return (T::default(), true);
    };
    match document::read(&stored, format) {
        Ok(value) => (value, true),
        Err(reason) => {
            let copy = keep_copy_in(&storage, key, "unreadable", &stored).ok();
            let may_save = copy.is_some();
            notices.push(Notice::Unreadable { document: what, reason, copy });
            (T::default(), may_save)
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
