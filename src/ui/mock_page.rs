//! One page of a mock site, drawn from lesson data in its site's genre and
//! theme: the site's header, the page's title, byline and Markdown body, then
//! its blocks in order. Each family of blocks has its own module; this one
//! holds the pieces they share (pictures, avatars, stars, icons, link buttons).
//!
//! Nothing here can leave the kit: links are inert `a.mock-link`s that the
//! simulated browser follows inside the mock web, form fields go nowhere, and
//! pictures are drawn by the kit. No `style` attributes (the CSP forbids them).

mod actions;
mod author;
mod lookup;
mod mail;
mod media;
mod persuasion;
mod reference;
mod shop;
mod social;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Block, BlockContent, Genre, HeadingLevel, Page, Picture, Site};

use crate::ui::picture::{chart_of, ChartNumbers, ShownPicture, Vary};
use crate::ui::prose::Prose;
use crate::ui::words;

/// What every block on the page may need: the lesson's pictures by id, the
/// profile pictures of the site's profiles by handle (so their posts show them
/// too), and the page's title (a block whose heading repeats it leaves it out).
#[derive(Clone)]
struct PageContext {
    pictures: Arc<Vec<Picture>>,
    faces: Arc<Vec<(String, String)>>,
    title: Arc<str>,
    /// Whether the page is in the simulated browser, whose tools (picture
    /// search) work on it; a framed page to judge has no tools to offer.
    in_browser: bool,
    /// The page's address in the simulated browser, for what is done to it (a message reported).
    address: Option<String>,
}

/// Opens an address of the lesson's mock web in the simulated browser, if a
/// page is there (a domain lookup site's search box uses it); `false` if none is.
#[derive(Clone, Copy)]
pub struct OpenIfThere(pub Callback<String, bool>);

#[component]
pub fn MockPage(
    site: Site,
    page: Page,
    pictures: Vec<Picture>,
    /// Shown on its own (projector, skills check), not in the simulated browser.
    #[prop(optional)]
    framed: bool,
    /// Its address, in the simulated browser.
    #[prop(optional, into)]
    address: Option<String>,
) -> impl IntoView {
    let faces = site.pages.iter().flat_map(|page| &page.blocks).filter_map(|block| match &block.content {
        BlockContent::Profile { handle: at, picture: Some(picture), .. } => Some((handle(at), picture.clone())),
        _ => None,
    });
    let (faces, title) = (Arc::new(faces.collect()), page.title.as_str().into());
    provide_context(PageContext { pictures: Arc::new(pictures), faces, title, in_browser: !framed, address });
    let body = (!page.body.trim().is_empty()).then(|| view! { <Prose markdown=page.body under=HeadingLevel::H3/> });
    let blocks = page.blocks.into_iter().map(page_block).collect_view();
    view! {
        <div class=format!("mock-site {} {}", site.genre.css_class(), site.theme.css_class())>
            <header class="mock-site-header">
                <span class="mock-site-mark" aria-hidden="true">{initials(&site.name)}</span>
                <div class="mock-site-names">
                    <p class="mock-site-name">{site.name}</p>
                    {site.tagline.map(|tagline| view! { <p class="mock-site-tagline">{tagline}</p> })}
                </div>
                {match (site.genre, use_context::<OpenIfThere>().filter(|_| !framed)) {
                    // A lookup site's box works: the lessons tell learners to look a domain up.
                    (Genre::Lookup, Some(open)) => view! { <lookup::LookupBox open/> }.into_any(),
                    (genre, _) => words::mock_web::site_search(genre).map(|text| view! {
                        <span class="mock-site-search" aria-hidden="true"><Icon d=icon::SEARCH/>{text}</span>
                    }).into_any(),
                }}
            </header>
            // Decoration that makes the site look like its genre; it leads nowhere, so screen readers skip it.
            <ul class="mock-site-nav" aria-hidden="true">
                {words::mock_web::site_sections(site.genre).iter().map(|section| view! { <li>{*section}</li> }).collect_view()}
            </ul>
            <div class="mock-page">
                <h3 class="mock-page-title">{page.title}</h3>
                {page.byline.map(|byline| view! { <p class="mock-page-byline">{byline}</p> })}
                {body}
                {blocks}
            </div>
        </div>
    }
}

/// One block, wrapped so a clue or a spot-the-clue activity can find it by id.
fn page_block(block: Block) -> impl IntoView {
    use BlockContent as B;
    let class = format!("block block-{}", block.content.type_name());
    let inner = match block.content {
        B::Text { text } => view! { <Prose markdown=text under=HeadingLevel::H3/> }.into_any(),
        c @ (B::Picture { .. } | B::Video { .. }) => media::view(c),
        c @ B::Author { .. } => author::view(c),
        c @ (B::TrustBadges { .. }
        | B::Padlock { .. }
        | B::AsSeenOn { .. }
        | B::Countdown { .. }
        | B::Sponsored { .. }
        | B::Testimonials { .. }
        | B::Engagement { .. }
        | B::Dateline { .. }) => persuasion::view(c),
        c @ (B::Post { .. } | B::Profile { .. } | B::Comments { .. }) => social::view(c),
        c @ (B::Product { .. } | B::Reviews { .. }) => shop::view(c),
        c @ (B::Inbox { .. } | B::Email { .. }) => mail::view(c),
        c @ B::Infobox { .. } => reference::view(c),
        c @ (B::Form { .. } | B::Button { .. } | B::Banner { .. }) => actions::view(c),
    };
    view! { <div class=class data-block=block.id>{inner}</div> }
}

/// A fresh id for an element on the page (a form field, a heading), unique while the kit runs.
fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A lesson picture by id (the validator has checked it exists; a missing one draws nothing).
fn find_picture(id: &str) -> Option<Picture> {
    use_context::<PageContext>()?.pictures.iter().find(|p| p.id == id).cloned()
}

/// A block's heading, unless the page's title already says it (an email's subject, a video's title).
fn unless_title(heading: String) -> Option<String> {
    let repeated = use_context::<PageContext>().is_some_and(|page| page.title.trim() == heading.trim());
    (!repeated).then_some(heading)
}

/// The page's address in the simulated browser, if it is in one.
fn page_address() -> Option<String> {
    use_context::<PageContext>()?.address
}

/// The profile picture of the account with this handle, if the page shows its profile.
fn face(at: &str) -> Option<String> {
    let at = handle(at);
    use_context::<PageContext>()?.faces.iter().find(|(h, _)| *h == at).map(|(_, picture)| picture.clone())
}

/// A drawn picture with the kit's "Search for this picture" button over its
/// corner, in the simulated browser. The browser handles the button's click
/// (by delegation, on `data-picture`).
fn photo(picture: Picture, small: bool) -> impl IntoView {
    let id = picture.id.clone();
    let context = use_context::<PageContext>();
    let in_browser = context.as_ref().is_some_and(|page| page.in_browser);
    let pictures = context.map(|page| page.pictures).unwrap_or_default();
    view! {
        <span class=if small { "photo photo-small" } else { "photo" }>
            <ShownPicture picture pictures/>
            {in_browser.then(|| view! {
                <button type="button" class="picture-search" data-picture=id title=words::mock_web::SEARCH_FOR_THIS_PICTURE>
                    <Icon d=icon::SEARCH/><span class="picture-search-text">{words::mock_web::SEARCH_FOR_THIS_PICTURE}</span>
                </button>
            })}
        </span>
    }
}

/// A picture as a figure, with its caption if it has one.
fn figure(id: &str, caption: Option<String>) -> Option<impl IntoView> {
    let picture = find_picture(id)?;
    let pictures = use_context::<PageContext>().map(|page| page.pictures).unwrap_or_default();
    let numbers = chart_of(&picture, &pictures).cloned().map(|chart| view! { <ChartNumbers chart/> });
    Some(view! {
        <figure class="mock-figure">
            {photo(picture, false)}
            {caption.map(|caption| view! { <figcaption>{caption}</figcaption> })}
            {numbers}
        </figure>
    })
}

/// A person's or channel's round picture: their photo if the lesson gives one, else their initials.
fn avatar(name: &str, picture: Option<String>) -> AnyView {
    match picture.as_deref().and_then(find_picture) {
        Some(picture) => view! { <span class="avatar">{photo(picture, true)}</span> }.into_any(),
        None => view! {
            <span class=format!("avatar initials tint-{}", Vary::new(name).below(6)) aria-hidden="true">{initials(name)}</span>
        }
        .into_any(),
    }
}

/// The first letters of the first and last words: "Ama K. Boateng" → "AB".
fn initials(name: &str) -> String {
    let words: Vec<&str> =
        name.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphanumeric)).collect();
    let letter =
        |w: Option<&&str>| w.and_then(|w| w.chars().next()).map(|c| c.to_uppercase().to_string()).unwrap_or_default();
    match words.len() {
        0 => String::new(),
        1 => letter(words.first()),
        _ => letter(words.first()) + &letter(words.last()),
    }
}

/// A star rating as screen readers hear it: "4.8 out of 5 stars".
pub fn star_text(stars: f64) -> String {
    let stars = (stars.clamp(0.0, 5.0) * 10.0).round() / 10.0;
    let rating = if stars.fract() == 0.0 { format!("{stars:.0}") } else { format!("{stars:.1}") };
    words::mock_web::stars(&rating)
}

/// Stars drawn as icons (to the nearest half star), with the rating as text.
fn stars(stars: f64) -> impl IntoView {
    let halves = (stars.clamp(0.0, 5.0) * 2.0).round() as u8;
    let star = |i: u8| match halves.saturating_sub(2 * i) {
        0 => icon::STAR_EMPTY,
        1 => icon::STAR_HALF,
        _ => icon::STAR,
    };
    view! {
        <span class="stars">
            {(0..5).map(|i| view! { <Icon d=star(i)/> }).collect_view()}
            <span class="visually-hidden">{star_text(stars)}</span>
        </span>
    }
}

/// The blue tick of a "verified" account, with its meaning as text.
fn verified() -> impl IntoView {
    view! { <span class="verified"><Icon d=icon::BADGE/><span class="visually-hidden">{words::mock_web::VERIFIED_ACCOUNT}</span></span> }
}

/// A social handle as the site shows it, with its `@`.
fn handle(handle: &str) -> String {
    if handle.starts_with('@') {
        handle.to_owned()
    } else {
        format!("@{handle}")
    }
}

/// A row of counts with icons (replies, shares, likes); nothing if no count is given.
fn counts<const N: usize>(items: [(Option<String>, &'static str, &'static str); N]) -> Option<impl IntoView> {
    let items: Vec<_> = items.into_iter().filter_map(|(count, d, label)| Some((count?, d, label))).collect();
    (!items.is_empty()).then(|| {
        view! {
            <ul class="counts">
                {items.into_iter().map(|(count, d, label)| view! {
                    <li><Icon d/>{count}<span class="visually-hidden">{format!(" {label}")}</span></li>
                }).collect_view()}
            </ul>
        }
    })
}

/// An inert link styled as the site's button; the simulated browser follows it.
fn link_button(text: String, link: String) -> impl IntoView {
    view! { <a href="#" class="mock-link mock-button" data-target=link>{text}</a> }
}

/// A small icon from a 24×24 path, coloured by the text around it.
#[component]
fn Icon(d: &'static str) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=d fill-rule="evenodd"/></svg>
    }
}

mod icon {
    pub const SEARCH: &str =
        "M10 3a7 7 0 1 0 4.2 12.6l5.6 5.6 1.4-1.4-5.6-5.6A7 7 0 0 0 10 3zm0 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10z";
    pub const LOCK: &str = "M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1zm2 0h6V7a3 3 0 0 0-6 0z";
    pub const SHIELD: &str = "M12 1.5l8.5 3.2v6.1c0 5.3-3.6 9.9-8.5 11.7-4.9-1.8-8.5-6.4-8.5-11.7V4.7zm-1.3 14.2 6-6-1.4-1.4-4.6 4.6-2.2-2.2-1.4 1.4z";
    pub const BADGE: &str =
        "M12 1a11 11 0 1 0 0 22 11 11 0 0 0 0-22zm-1.4 15.6-4.3-4.3 1.4-1.4 2.9 2.9 6.3-6.3 1.4 1.4z";
    pub const HEART: &str = "M12 21s-7.6-4.7-9.6-9.3C.9 8.2 3.2 4.8 6.7 4.8c2.1 0 3.5 1.2 5.3 3.2 1.8-2 3.2-3.2 5.3-3.2 3.5 0 5.8 3.4 4.3 6.9C19.6 16.3 12 21 12 21z";
    pub const REPOST: &str = "M7 7h10v3l4-4-4-4v3H5v7h2zm10 10H7v-3l-4 4 4 4v-3h12v-7h-2z";
    pub const REPLY: &str = "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z";
    pub const CLOCK: &str =
        "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-1 3h2v5.4l3.6 2.1-1 1.7L11 13.6z";
    pub const PLAY: &str = "M8 5v14l11-7z";
    pub const ALERT: &str = "M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z";
    pub const CALENDAR: &str =
        "M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2zM5 9h14v11H5z";
    pub const STAR: &str = "M12 1.6l2.7 7.3 7.8.3-6.1 4.8 2.1 7.5-6.5-4.3-6.5 4.3 2.1-7.5-6.1-4.8 7.8-.3z";
    pub const STAR_HALF: &str =
        "M12 1.6l2.7 7.3 7.8.3-6.1 4.8 2.1 7.5-6.5-4.3-6.5 4.3 2.1-7.5-6.1-4.8 7.8-.3zM12 5.5V16l4.3 2.9-1.4-5 4.1-3.3-5.2-.2z";
    pub const STAR_EMPTY: &str = "M12 1.6l2.7 7.3 7.8.3-6.1 4.8 2.1 7.5-6.5-4.3-6.5 4.3 2.1-7.5-6.1-4.8 7.8-.3zM12 5.5l-1.8 4.9-5.2.2 4.1 3.3-1.4 5L12 16l4.3 2.9-1.4-5 4.1-3.3-5.2-.2z";
    pub const TICK: &str = "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn star_ratings_read_as_text() {
        assert_eq!(star_text(4.8), "4.8 out of 5 stars");
        assert_eq!(star_text(5.0), "5 out of 5 stars");
        assert_eq!(star_text(3.96), "4 out of 5 stars");
        assert_eq!(star_text(7.0), "5 out of 5 stars");
        assert_eq!(star_text(-1.0), "0 out of 5 stars");
    }

    #[test]
    fn initials_and_handles() {
        assert_eq!(initials("Ama K. Boateng"), "AB");
        assert_eq!(initials("tom"), "T");
        assert_eq!(initials("  "), "");
        assert_eq!(initials("Dr. Élise (Health) Marr"), "DM");
        assert_eq!(handle("council_help"), "@council_help");
        assert_eq!(handle("@council_help"), "@council_help");
    }

    #[test]
    fn similar_names_get_different_avatar_colours() {
        let names = ["Sarah M.", "Pat Lowe", "Kelly M.", "Happy Customer", "Aled Price", "J. Smith", "Rosa Lindqvist"];
        let tints: std::collections::HashSet<u32> = names.iter().map(|n| Vary::new(n).below(6)).collect();
        assert!(tints.len() >= 4, "{tints:?}");
    }
}
