//! Messages about the kit itself (saved progress, storage), shown above every screen.

use leptos::prelude::*;

/// The store of notices; any part of the kit can push one.
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

    fn dismiss(&self, id: u32) {
        self.list.update(|list| list.retain(|(other, _)| *other != id));
    }
}

#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices" role="alert">
            <For each=move || notices.list.get() key=|(id, _)| *id let:notice>
                <div class="notice">
                    <p>{notice.1}</p>
                    <button type="button" on:click=move |_| notices.dismiss(notice.0)>"Dismiss"</button>
                </div>
            </For>
        </div>
    }
}
