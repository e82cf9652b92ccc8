//! Messages about the kit itself (saved progress, storage), for the screen
//! to show above everything. A store any part of the kit can push to; the
//! list that shows them is `ui::notices`.

use leptos::prelude::*;

/// The store of notices, each with an id so it can be dismissed.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<(u32, String)>>,
    next_id: StoredValue<u32>,
}

impl Notices {
    pub fn new() -> Notices {
        Notices { list: RwSignal::new(Vec::new()), next_id: StoredValue::new(0) }
    }

    pub fn push(&self, message: String) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.list.update(|list| list.push((id, message)));
    }

    /// The notices on show, oldest first (reactive).
    pub fn on_show(&self) -> Vec<(u32, String)> {
        self.list.get()
    }

    pub fn dismiss(&self, id: u32) {
        self.list.update(|list| list.retain(|(other, _)| *other != id));
    }
}
