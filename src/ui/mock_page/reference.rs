//! Reference works: an encyclopedia infobox.

use leptos::prelude::*;
use lesson::BlockContent;

use super::figure;

pub(super) fn view(content: BlockContent) -> AnyView {
    match content {
        BlockContent::Infobox { name, picture, items } => view! {
            <div class="infobox">
                <p class="infobox-title">{name}</p>
                {picture.and_then(|id| figure(&id, None))}
                <table>
                    <tbody>
                        {items.into_iter().map(|row| view! { <tr><th scope="row">{row.label}</th><td>{row.text}</td></tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
