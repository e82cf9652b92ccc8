//! Pictures and videos.

use leptos::prelude::*;
use lesson::{BlockContent, HeadingLevel};

use super::{avatar, figure, icon, unless_title, Icon};
use crate::ui::prose::Prose;
use crate::ui::words;

pub(super) fn view(content: BlockContent) -> AnyView {
    match content {
        BlockContent::Picture { picture, caption } => figure(&picture, caption).into_any(),
        BlockContent::Video { name, picture, channel, views, when, duration, text } => {
            let stats = [views, when].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            view! {
                <div class="video">
                    <div class="video-player">
                        {figure(&picture, None)}
                        // The player is a picture of one: nothing plays, so it is not a control.
                        <span class="video-play" aria-hidden="true"><Icon d=icon::PLAY/></span>
                        {duration.map(|d| view! { <span class="video-duration"><span class="visually-hidden">{words::mock_web::LENGTH}</span>{d}</span> })}
                        <span class="video-bar" aria-hidden="true"></span>
                    </div>
                    {unless_title(name).map(|name| view! { <h4 class="video-title">{name}</h4> })}
                    <div class="video-channel">
                        {avatar(&channel, None)}
                        <p><b>{channel}</b>{(!stats.is_empty()).then(|| view! { <span class="video-stats">{stats}</span> })}</p>
                    </div>
                    {text.map(|text| view! { <div class="video-description"><Prose markdown=text under=HeadingLevel::H4/></div> })}
                </div>
            }
            .into_any()
        }
        _ => ().into_any(),
    }
}
