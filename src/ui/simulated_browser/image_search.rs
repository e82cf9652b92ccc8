//! Reverse image search: Quarry's list of every page of the lesson's mock web
//! that shows a picture, with each page's site and date line, so a learner
//! can see that a photo was used years earlier, somewhere else, for
//! something else. Opened by a picture's "search for this picture" button.

use std::sync::Arc;

use leptos::prelude::*;
use lesson::{Lesson, MockUrl};

use super::navigation::shown_address;
use super::quarry::{QuarryBar, QuarryFooter};
use crate::ui::picture::DrawnPicture;

/// One page that shows the picture.
#[derive(Clone)]
struct Found {
    address: String,
    title: String,
    site_name: String,
    byline: Option<String>,
}

fn pages_showing(lesson: &Lesson, picture: &str) -> Vec<Found> {
    lesson
        .web
        .sites
        .iter()
        .flat_map(|site| site.pages.iter().map(move |page| (site, page)))
        .filter(|(_, page)| page.pictures().contains(&picture))
        .map(|(site, page)| Found {
            address: MockUrl::new(&site.domain, &page.path).to_string(),
            title: page.title.clone(),
            site_name: site.name.clone(),
            byline: page.byline.clone(),
        })
        .collect()
}

#[component]
pub fn PicturePages(lesson: Arc<Lesson>, picture: String) -> impl IntoView {
    let shown = lesson.picture(&picture).cloned();
    let described = shown.as_ref().map(|p| p.description.clone());
    let found = pages_showing(&lesson, &picture);
    let summary = match (&described, found.len()) {
        (None, _) => "Quarry has no record of this picture.".to_owned(),
        (Some(_), 0) => "Quarry found no page with this picture.".to_owned(),
        (Some(_), 1) => "Quarry found this picture on 1 page.".to_owned(),
        (Some(_), n) => {
            format!("Quarry found this picture on {n} pages. Compare their dates and what each says it shows.")
        }
    };
    let rows: Vec<_> = found
        .into_iter()
        .map(|page| {
            view! {
                <li class="quarry-result quarry-picture-page">
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
                <h3 class="quarry-heading">"Pages with this picture"</h3>
                // Described in words just below, so screen readers hear it once.
                {shown.map(|picture| view! { <div class="quarry-picture" aria-hidden="true"><DrawnPicture picture/></div> })}
                {described.map(|description| view! {
                    <p class="quarry-picture-described">"The picture: " <q>{description}</q></p>
                })}
                <p class="quarry-count">{summary}</p>
                {(!rows.is_empty()).then(|| view! { <ol class="quarry-results">{rows}</ol> })}
            </div>
            <QuarryFooter/>
        </div>
    }
}
