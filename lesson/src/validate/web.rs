//! The mock web of a file, checked and built: its pictures, its sites and
//! their pages, and the links written on those pages. Lessons and skills
//! checks both hold a mock web, and both go through [`mock_web`].

use std::collections::HashSet;

use toml::Spanned;

use super::{Checker, FileKind};
use crate::mock_web::{MockUrl, SEARCH_ENGINE_HOST};
use crate::model::{MockWeb, Page, Picture, Registration, Site};
use crate::parse::{RawPicture, RawSite};

/// Endings reserved so that they can never be real websites (RFC 2606, RFC 6761).
const RESERVED_ENDINGS: [&str; 4] = [".example", ".test", ".invalid", ".localhost"];

/// Checks and builds the pictures and sites of a file. Pictures come first:
/// pages refer to them. Links on the pages that aim at a mock site must reach
/// one of its pages; whether every page can be reached is the caller's rule.
pub(crate) fn mock_web(check: &mut Checker, sites: &[RawSite], pictures: Vec<RawPicture>) -> (MockWeb, Vec<Picture>) {
    let pictures = super::pictures::pictures(check, pictures);
    let picture_ids: Vec<String> = pictures.iter().map(|p| p.id.clone()).collect();
    let web = MockWeb { sites: sites.iter().map(|site| site_shell(check, site, &picture_ids)).collect() };
    let mut domains = HashSet::new();
    for (site, raw_site) in web.sites.iter().zip(sites) {
        if !domains.insert(site.domain.clone()) {
            check.report(
                raw_site.domain.span(),
                format!("Two sites have the domain `{}`.", site.domain),
                Some("give each site its own domain, or put the pages in one `[[sites]]` table".into()),
            );
        }
    }
    if web.sites.is_empty() {
        check.report(
            0..0,
            format!("The {} has no mock web.", check.kind.noun()),
            Some("add at least one `[[sites]]` table with pages".into()),
        );
    }
    for (page_url, page, raw_page) in super::pages_as_written(&web, sites) {
        if let Some(body) = &raw_page.body {
            check.markdown(body, &page_url, &web);
        }
        // Checked against the file's text, for the places; the built block says which fields hold links.
        for (block, raw_block) in page.blocks.iter().zip(&raw_page.blocks) {
            if let Some(text) = raw_block.text.as_ref().filter(|_| !block.content.markdown_fields().is_empty()) {
                check.markdown(text, &page_url, &web);
            }
            for link in super::blocks::link_fields(raw_block) {
                check.link(link.get_ref(), link.span(), &page_url, &web);
            }
        }
    }
    (web, pictures)
}

fn site_shell(check: &mut Checker, raw: &RawSite, pictures: &[String]) -> Site {
    let domain = raw.domain.get_ref().trim().to_ascii_lowercase();
    if domain == SEARCH_ENGINE_HOST {
        check.report(
            raw.domain.span(),
            format!(
                "`{SEARCH_ENGINE_HOST}` is the kit's own search engine, Quarry; a {} cannot be a site there.",
                check.kind.noun()
            ),
            Some(match check.kind {
                FileKind::Lesson => {
                    "give the site another domain; to choose what Quarry shows for a search, add a `[[search]]` table"
                        .into()
                }
                FileKind::SkillsCheck | FileKind::Track => "give the site another domain".into(),
            }),
        );
    } else if domain.contains("://") || domain.contains('/') {
        check.report(
            raw.domain.span(),
            format!("The domain `{domain}` should be a name only."),
            Some("write it without `https://` or any path, such as `grant-news.example`".into()),
        );
    } else if let Err(reason) = MockUrl::parse(&format!("https://{domain}/")) {
        check.report(raw.domain.span(), format!("{reason}."), None);
    } else if !RESERVED_ENDINGS.iter().any(|ending| domain.ends_with(ending)) {
        check.report(
            raw.domain.span(),
            format!("The domain `{domain}` could belong to a real website."),
            Some("end every mock domain in `.example` or `.test` (for example `council-tax-help.example`), so a learner who types it into a real browser never reaches a real site".into()),
        );
    }
    if raw.pages.is_empty() {
        check.report(
            raw.domain.span(),
            format!("The site `{domain}` has no pages."),
            Some("add a `[[sites.pages]]` table with `path = \"/\"`".into()),
        );
    }
    let mut paths = HashSet::new();
    let pages = raw
        .pages
        .iter()
        .map(|page| {
            let path = page.path.get_ref();
            if !path.starts_with('/') || path.contains(['?', '#', ' ']) {
                check.report(
                    page.path.span(),
                    format!("The page path `{path}` must start with `/` and hold no spaces, `?` or `#`."),
                    Some("for example `/about`".into()),
                );
            }
            if !paths.insert(path.clone()) {
                check.report(
                    page.path.span(),
                    format!("The site `{domain}` has two pages at `{path}`."),
                    Some("give each page its own path".into()),
                );
            }
            if page.title.get_ref().trim().is_empty() {
                check.report(
                    page.title.span(),
                    "The page title is empty.",
                    Some("write the title the page shows".into()),
                );
            }
            let body = page.body.as_ref().map(|b| b.get_ref().clone()).unwrap_or_default();
            if body.trim().is_empty() && page.blocks.is_empty() {
                check.report(
                    page.body.as_ref().map_or(page.path.span(), Spanned::span),
                    format!("The page `{path}` shows nothing."),
                    Some("give it a `body`, or add `[[sites.pages.blocks]]`".into()),
                );
            }
            Page {
                // Kept as a browser would read it, so one mistake gives one error.
                path: MockUrl::new(&domain, path).path().to_owned(),
                title: page.title.get_ref().clone(),
                byline: page.byline.as_ref().map(|b| b.get_ref().clone()),
                body,
                blocks: super::blocks::blocks(check, &page.blocks, pictures),
            }
        })
        .collect();
    if raw.name.get_ref().trim().is_empty() {
        check.report(raw.name.span(), "The site name is empty.", Some("write the name the site gives itself".into()));
    }
    Site {
        domain,
        name: raw.name.get_ref().clone(),
        tagline: raw.tagline.as_ref().map(|t| t.get_ref().clone()),
        genre: raw.genre,
        theme: raw.theme,
        registration: raw.registration.as_ref().map(|r| Registration {
            registered: check.text(r.registered.clone(), "registration date"),
            registrant: check.text(r.registrant.clone(), "registrant"),
            country: r.country.clone().map(|c| check.text(c, "country")),
            privacy_service: r.privacy_service.clone().map(|p| check.text(p, "privacy service")),
        }),
        pages,
    }
}
