//! The kit's own messages (saved progress, storage), shown above every screen.

use leptos::prelude::*;

use crate::notices::Notices;
use crate::route::Route;
use crate::ui::words;

#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices" role="alert">
            <For each=move || notices.on_show() key=|(id, _)| *id let:notice>
                <div class="notice">
                    <p>
                        {words::notice(&notice.1)}
                        {notice.1.offers_records().then(|| view! {
                            " "<a href=Route::Records.to_hash()>{words::kit::DOWNLOAD_RECORDS}</a>
                        })}
                    </p>
                    <button type="button" on:click=move |_| notices.dismiss(notice.0)>{words::kit::DISMISS}</button>
                </div>
            </For>
        </div>
    }
}
