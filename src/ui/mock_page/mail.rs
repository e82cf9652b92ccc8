//! Webmail: an inbox of messages and one open message, for phishing lessons.

use leptos::prelude::*;
use lesson::{BlockContent, HeadingLevel};

use super::{avatar, page_address, unless_title};
use crate::ui::prose::Prose;
use crate::ui::simulated_browser::ReportedMessages;
use crate::ui::words;

/// The webmail's own bar over an open message: Report (the kit's real
/// action, which the simulated browser handles), or, once reported, a note
/// that it was. Only in the simulated browser, where reporting means something.
fn report_bar() -> Option<impl IntoView> {
    let address = page_address()?;
    let ReportedMessages(reported) = use_context::<ReportedMessages>()?;
    Some(view! {
        <div class="email-actions">
            <Show
                when=move || reported.with(|all| all.contains(&address))
                fallback=|| view! {
                    <button type="button" class="email-report">
                        // One text span: the flex gap stays, and the name reads as one phrase.
                        <span aria-hidden="true">"⚑"</span>
                        <span>
                            {words::mock_web::REPORT}
                            <span class="visually-hidden">{words::mock_web::AS_SUSPICIOUS}</span>
                        </span>
                    </button>
                    <span class="email-action-hint">{words::mock_web::REPORT_HINT}</span>
                }
            >
                <p class="email-reported" role="status">{words::mock_web::REPORTED}</p>
            </Show>
        </div>
    })
}

pub(super) fn view(content: BlockContent) -> AnyView {
    match content {
        BlockContent::Inbox { items } => view! {
            <ul class="inbox" aria-label=words::mock_web::MESSAGES>
                {items.into_iter().map(|row| {
                    let line = view! {
                        {row.unread.then(|| view! { <span class="visually-hidden">{words::mock_web::UNREAD}</span> })}
                        <span class="inbox-from">{row.from}</span>
                        <span class="inbox-message">
                            <span class="inbox-subject">{row.subject}</span>
                            {row.text.map(|text| view! { <span class="inbox-snippet">{format!(" – {text}")}</span> })}
                        </span>
                        <span class="inbox-when">{row.when}</span>
                    };
                    let row_view = match row.link {
                        Some(link) => view! { <a href="#" class="mock-link inbox-row" data-target=link>{line}</a> }.into_any(),
                        None => view! { <div class="inbox-row">{line}</div> }.into_any(),
                    };
                    view! { <li class=if row.unread { "unread" } else { "read" }>{row_view}</li> }
                }).collect_view()}
            </ul>
        }
        .into_any(),
        BlockContent::Email { from, address, to, subject, when, text } => view! {
            {report_bar()}
            <article class="email">
                {unless_title(subject).map(|subject| view! { <h4 class="email-subject">{subject}</h4> })}
                <div class="email-head">
                    {avatar(&from, None)}
                    <div class="email-people">
                        <p class="email-from"><b>{from}</b>" "<span class="email-address">{format!("<{address}>")}</span></p>
                        <p class="email-to">{words::mock_web::to(to.as_deref())}</p>
                    </div>
                    {when.map(|when| view! { <p class="email-when">{when}</p> })}
                </div>
                <div class="email-body"><Prose markdown=text under=HeadingLevel::H4/></div>
            </article>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
