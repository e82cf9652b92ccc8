//! Social media: a post with its thread, a profile, and readers' comments.

use leptos::prelude::*;
use lesson::{BlockContent, HeadingLevel};

use super::{avatar, counts, face, figure, handle, icon, verified, Icon};
use crate::ui::prose::Prose;
use crate::ui::words;

/// The name line of a post or reply: name, tick, handle and when.
fn who(name: String, at: &str, is_verified: bool, when: Option<String>) -> impl IntoView {
    let handle = super::handle(at);
    view! {
        <p class="post-who">
            <span class="post-name">{name}{is_verified.then(verified)}</span>
            " "<span class="post-handle">{handle}</span>
            {when.map(|when| view! { <span class="post-when">{format!(" · {when}")}</span> })}
        </p>
    }
}

pub(super) fn view(content: BlockContent) -> AnyView {
    match content {
        BlockContent::Post { name, handle, verified, when, text, picture, likes, shares, replies, items } => view! {
            <article class="post">
                <div class="post-head">{avatar(&name, face(&handle))}{who(name, &handle, verified, when)}</div>
                <div class="post-text"><Prose markdown=text under=HeadingLevel::H4/></div>
                {picture.and_then(|id| figure(&id, None))}
                {counts([
                    (replies, icon::REPLY, words::mock_web::REPLIES),
                    (shares, icon::REPOST, words::mock_web::SHARES),
                    (likes, icon::HEART, words::mock_web::LIKES),
                ])}
                {(!items.is_empty()).then(|| view! {
                    <ol class="thread">
                        {items.into_iter().map(|reply| view! {
                            <li class="reply">
                                {avatar(&reply.name, face(&reply.handle))}
                                <div>
                                    {who(reply.name, &reply.handle, reply.verified, reply.when)}
                                    <p class="reply-text">{reply.text}</p>
                                    {counts([(reply.likes, icon::HEART, words::mock_web::LIKES)])}
                                </div>
                            </li>
                        }).collect_view()}
                    </ol>
                })}
            </article>
        }
        .into_any(),
        BlockContent::Profile { name, handle: at, verified: is_verified, text, joined, followers, following, picture } => {
            view! {
                <div class="profile">
                    <div class="profile-banner"></div>
                    <div class="profile-main">
                        {avatar(&name, picture)}
                        <h4 class="profile-name">{name}{is_verified.then(verified)}</h4>
                        <p class="profile-handle">{handle(&at)}</p>
                        <div class="profile-bio"><Prose markdown=text under=HeadingLevel::H4/></div>
                        {joined.map(|joined| view! { <p class="profile-joined"><Icon d=icon::CALENDAR/>{words::mock_web::joined(&joined)}</p> })}
                        <p class="profile-follows">
                            {following.map(|n| view! { <span><b>{n}</b>{words::mock_web::FOLLOWING}</span> })}
                            {followers.map(|n| view! { <span><b>{n}</b>{words::mock_web::FOLLOWERS}</span> })}
                        </p>
                    </div>
                </div>
            }
            .into_any()
        }
        BlockContent::Comments { items } => view! {
            <div class="comments">
                <p class="comments-count">{words::mock_web::comment_count(items.len())}</p>
                <ol>
                    {items.into_iter().map(|c| view! {
                        <li class="comment">
                            {avatar(&c.name, None)}
                            <div>
                                <p class="comment-who"><b>{c.name}</b>{c.when.map(|w| view! { <span class="comment-when">{w}</span> })}</p>
                                <p class="comment-text">{c.text}</p>
                                {counts([(c.likes, icon::HEART, words::mock_web::LIKES)])}
                            </div>
                        </li>
                    }).collect_view()}
                </ol>
            </div>
        }
        .into_any(),
        _ => ().into_any(),
    }
}
