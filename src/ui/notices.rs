//! The kit's own messages (saved progress, storage), shown above every screen.

use leptos::prelude::*;

use crate::notices::Notices;

#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices" role="alert">
            <For each=move || notices.on_show() key=|(id, _)| *id let:notice>
                <div class="notice">
                    <p>{notice.1}</p>
                    <button type="button" on:click=move |_| notices.dismiss(notice.0)>"Dismiss"</button>
                </div>
            </For>
        </div>
    }
}
