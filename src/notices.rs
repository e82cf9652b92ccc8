//! Messages about the kit itself (saved progress, storage), for the screen
//! to show above everything. A store any part of the kit can push to; what
//! happened is kept as data, and `ui::notices` says it in words.

use leptos::prelude::*;

/// A document the kit keeps in the browser's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Document {
    Progress,
    ImportedLessons,
    CertificateName,
}

/// What happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The browser lets the kit keep nothing (private browsing, a locked-down
    /// browser): lessons run, but nothing is kept after the tab closes.
    StorageUnavailable,
    /// A change could not be saved (storage full, or refused): the work
    /// stays in memory while the tab is open.
    NotSaved(Document),
    /// A stored value could not be read, for `reason`; it was kept aside
    /// under `copy`, or, with no room for a copy, left untouched and not saved over.
    Unreadable { document: Document, reason: String, copy: Option<String> },
}

impl Notice {
    /// Whether the learner should download the records to keep their work.
    pub fn offers_records(&self) -> bool {
        match self {
            Notice::StorageUnavailable | Notice::NotSaved(Document::Progress) => true,
            Notice::NotSaved(Document::ImportedLessons | Document::CertificateName) | Notice::Unreadable { .. } => {
                false
            }
        }
    }
}

/// The store of notices, each with an id so it can be dismissed.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<(u32, Notice)>>,
    next_id: StoredValue<u32>,
}

impl Notices {
    pub fn new() -> Notices {
        Notices { list: RwSignal::new(Vec::new()), next_id: StoredValue::new(0) }
    }

    /// Shows a notice, unless the same one is on show already (each of the
    /// kit's documents meets a switched-off storage, and it is one event).
    pub fn push(&self, notice: Notice) {
        if self.list.with_untracked(|list| list.iter().any(|(_, shown)| *shown == notice)) {
            return;
        }
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.list.update(|list| list.push((id, notice)));
    }

    /// The notices on show, oldest first (reactive).
    pub fn on_show(&self) -> Vec<(u32, Notice)> {
        self.list.get()
    }

    pub fn dismiss(&self, id: u32) {
        self.list.update(|list| list.retain(|(other, _)| *other != id));
    }
}
