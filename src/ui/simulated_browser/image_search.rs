//! Reverse image search: Quarry's list of every page of the lesson's mock web
//! that shows a picture or an altered copy of it (cropped, mirrored,
//! recoloured, re-captioned), with each page's site and date line and how its
//! version differs, so a learner can see that a photo was used years earlier,
//! somewhere else, for something else. Opened by a picture's "search for this
//! picture" button.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Change, Lesson, Look, MockUrl, Picture};

use super::navigation::shown_address;
use super::quarry::{QuarryBar, QuarryFooter};
use crate::ui::picture::ShownPicture;
use crate::ui::words;

/// One page that shows the picture, or a copy of it.
#[derive(Clone)]
struct Found {
    address: String,
    title: String,
    site_name: String,
    byline: Option<String>,
    /// The version of the picture on that page.
    picture: Picture,
    /// How that version differs from the one searched for; empty for the same picture.
    differences: Vec<&'static str>,
}

/// The picture a copy was made from, and the changes made on the way (cropped, mirrored…).
fn root(pictures: &[Picture], id: &str) -> (String, Vec<Change>, Option<String>) {
    let mut changes = Vec::new();
    let mut caption = None;
    let mut current = id.to_owned();
    for _ in 0..=pictures.len() {
        let Some(picture) = pictures.iter().find(|p| p.id == current) else { break };
        caption = caption.or_else(|| picture.caption.clone());
        match &picture.look {
            Look::Copy { of, changes: made } => {
                for change in made {
                    if !changes.contains(change) {
                        changes.push(*change);
                    }
                }
                current = of.clone();
            }
            Look::Drawn { .. } | Look::Chart(_) | Look::Image(_) => break,
        }
    }
    (current, changes, caption)
}

/// How `found` looks beside `searched`, in words a search result would use.
fn differences(pictures: &[Picture], searched: &str, found: &str) -> Vec<&'static str> {
    let (_, searched_changes, searched_caption) = root(pictures, searched);
    let (_, found_changes, found_caption) = root(pictures, found);
    let mut differences = Vec::new();
    for change in Change::ALL {
        match (searched_changes.contains(&change), found_changes.contains(&change)) {
            (false, true) => differences.push(words::quarry::made(change)),
            (true, false) => differences.push(words::quarry::not_made(change)),
            _ => {}
        }
    }
    if searched != found && searched_caption != found_caption {
        differences.push(if found_caption.is_some() {
            words::quarry::WITH_A_DIFFERENT_CAPTION
        } else {
            words::quarry::WITHOUT_THE_CAPTION
        });
    }
    if searched != found && differences.is_empty() {
        differences.push(words::quarry::THE_SAME_PHOTO);
    }
    differences
}

fn pages_showing(lesson: &Lesson, picture: &str) -> Vec<Found> {
    let family = root(&lesson.pictures, picture).0;
    lesson
        .web
        .sites
        .iter()
        .flat_map(|site| site.pages.iter().map(move |page| (site, page)))
        .flat_map(|(site, page)| {
            let mut shown = page.pictures();
            shown.dedup();
            shown
                .into_iter()
                .filter(|id| root(&lesson.pictures, id).0 == family)
                .filter_map(|id| lesson.picture(id).cloned())
                .map(move |version| Found {
                    address: MockUrl::new(&site.domain, &page.path).to_string(),
                    title: page.title.clone(),
                    site_name: site.name.clone(),
                    byline: page.byline.clone(),
                    differences: differences(&lesson.pictures, picture, &version.id),
                    picture: version,
                })
        })
        .collect()
}

#[component]
pub fn PicturePages(lesson: Arc<Lesson>, picture: String) -> impl IntoView {
    let shown = lesson.picture(&picture).cloned();
    let described = shown.as_ref().map(|p| p.description.clone());
    let found = pages_showing(&lesson, &picture);
    let summary = words::quarry::pages_found(described.is_some(), found.len());
    let pictures = std::sync::Arc::new(lesson.pictures.clone());
    let rows: Vec<_> = found
        .into_iter()
        .map(|page| {
            let version = view! {
                <div class="quarry-version" aria-hidden="true"><ShownPicture picture=page.picture pictures=pictures.clone()/></div>
            };
            let matched = if page.differences.is_empty() {
                words::quarry::EXACT_MATCH.to_owned()
            } else {
                words::quarry::similar(&page.differences.join(", "))
            };
            view! {
                <li class="quarry-result quarry-picture-page">
                    {version}
                    <p class="quarry-match">{matched}</p>
                    <p class="quarry-source"><span class="quarry-site-name">{page.site_name}</span></p>
                    <h4 class="quarry-result-title">
                        <a href="#" class="mock-link" data-target=page.address.clone()>{page.title}</a>
                    </h4>
                    <p class="quarry-address">{shown_address(&page.address).to_owned()}</p>
                    {page.byline.map(|byline| view! { <p class="quarry-byline">{byline}</p> })}
                </li>
            }
        })
        .collect();
    view! {
        <div class="quarry quarry-images">
            <QuarryBar lesson=lesson.clone()/>
            <div class="quarry-main">
                <h3 class="quarry-heading">{words::quarry::PAGES_WITH_THIS_PICTURE}</h3>
                // Described in words just below, so screen readers hear it once.
                {shown.map(|picture| view! { <div class="quarry-picture" aria-hidden="true"><ShownPicture picture pictures=pictures.clone()/></div> })}
                {described.map(|description| view! {
                    <p class="quarry-picture-described">{words::quarry::THE_PICTURE} <q>{description}</q></p>
                })}
                <p class="quarry-count">{summary}</p>
                {(!rows.is_empty()).then(|| view! { <ol class="quarry-results">{rows}</ol> })}
            </div>
            <QuarryFooter/>
        </div>
    }
}
