//! A skills-check file as written, and the checks that turn it into a
//! [`SkillsCheck`]. Sites, pages, blocks and pictures are the lesson's own
//! tables, checked by the same [`crate::validate::mock_web`].

use std::collections::HashMap;
use std::ops::Range;

use serde::de::IgnoredAny;
use serde::Deserialize;
use toml::Spanned;

use super::{CheckItem, SkillsCheck, SKILLS_CHECK_FORMAT_VERSION};
use crate::diagnostic::{Diagnostic, Location};
use crate::mock_web::MockUrl;
use crate::model::MockWeb;
use crate::parse::{from_toml_error, RawPicture, RawSite, Text};
use crate::validate::{mock_web, pages_as_written, Checker, FileKind};

/// The smallest pool: three sittings of 4 reliable and 4 unreliable pages.
pub(super) const MIN_ITEMS: usize = 24;

/// The top level of a check file. `id`, `title` and `intro` are optional
/// here so that a missing one gets a sentence about checks rather than serde's.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSkillsCheck {
    /// Checked first, by [`crate::format_version::read`].
    #[serde(rename = "format_version")]
    _format_version: Option<IgnoredAny>,
    id: Option<Text>,
    title: Option<Text>,
    intro: Option<Text>,
    #[serde(default)]
    sites: Vec<RawSite>,
    #[serde(default)]
    pictures: Vec<RawPicture>,
    #[serde(default)]
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    page: Text,
    reliable: bool,
    explanation: Text,
}

/// Parses and validates a check; also gives the place of its id, for the
/// "two checks share an id" diagnostic.
pub(super) fn read(file: &str, source: &str) -> Result<(SkillsCheck, Range<usize>), Vec<Diagnostic>> {
    let raw: RawSkillsCheck =
        crate::format_version::read(file, source, "skills check", SKILLS_CHECK_FORMAT_VERSION, |e| {
            from_toml_error(file, source, e)
        })
        .map_err(|d| vec![d])?;
    let mut check = Checker::new(file, source, FileKind::SkillsCheck);

    let id_span = raw.id.as_ref().map_or(0..0, Spanned::span);
    let id = check
        .required(raw.id, "id", r#"id = "everyday-sources""#)
        .map_or_else(String::new, |id| check.identifier(id, "skills-check id"));
    let title = check
        .required(raw.title, "title", r#"title = "Skills check: which pages would you trust?""#)
        .map_or_else(String::new, |title| check.text(title, "title"));
    let (web, pictures) = mock_web(&mut check, &raw.sites, raw.pictures);
    let intro = check.required(raw.intro, "intro", "intro = '''What the learner is about to do.'''").map_or_else(
        String::new,
        |intro| {
            // Shown before any page, so no page is its base: only full addresses are checked.
            check.markdown(&intro, &MockUrl::new("intro.invalid", "/"), &web);
            check.text(intro, "intro")
        },
    );

    // Counted as written, so that an item with a broken page is not also reported as one too few.
    let reliable = raw.items.iter().filter(|item| item.reliable).count();
    pool_is_balanced(&mut check, reliable, raw.items.len() - reliable);
    let mut item_at: HashMap<MockUrl, Range<usize>> = HashMap::new();
    let items: Vec<CheckItem> = raw
        .items
        .into_iter()
        .filter_map(|item| {
            let page = check.page_url(&item.page, &web).filter(|url| is_a_page(&mut check, &item.page, url, &web));
            check.markdown(&item.explanation, page.as_ref().unwrap_or(&MockUrl::new("item.invalid", "/")), &web);
            let explanation = check.text(item.explanation, "explanation");
            let page = page?;
            if let Some(first) = item_at.get(&page) {
                let first_line = Location::of_span(file, source, first.clone()).line;
                check.report(
                    item.page.span(),
                    format!("The page `{page}` is already an item, on line {first_line}."),
                    Some("each page is one item: remove this one, or point it at another page".into()),
                );
                return None;
            }
            item_at.insert(page.clone(), item.page.span());
            Some(CheckItem { page, reliable: item.reliable, explanation })
        })
        .collect();

    every_page_is_an_item(&mut check, &raw.sites, &web, &item_at);
    check.finish((SkillsCheck { id, title, intro, web, pictures, items }, id_span))
}

/// An item shows one page of the check's sites, not the kit's search engine.
fn is_a_page(check: &mut Checker, written: &Text, url: &MockUrl, web: &MockWeb) -> bool {
    let is_page = web.page(url).is_some();
    if !is_page {
        check.report(
            written.span(),
            "An item must be a page of one of the check's sites.",
            Some("name a page from a `[[sites.pages]]` table".into()),
        );
    }
    is_page
}

/// A page that is not an item is never shown: the learner sees only the items.
fn every_page_is_an_item(
    check: &mut Checker,
    sites: &[RawSite],
    web: &MockWeb,
    items: &HashMap<MockUrl, Range<usize>>,
) {
    for (url, _, raw_page) in pages_as_written(web, sites) {
        if !items.contains_key(&url) {
            check.report(
                raw_page.path.span(),
                format!("The page `{url}` is not an item, so no learner would ever see it."),
                Some(format!(
                    "add an `[[items]]` table with `page = \"{url}\"`, `reliable` and an `explanation`, or remove the page"
                )),
            );
        }
    }
}

/// At least [`MIN_ITEMS`], as many reliable as unreliable: discernment compares
/// the two halves, and each of the three sittings needs its own share of both.
fn pool_is_balanced(check: &mut Checker, reliable: usize, unreliable: usize) {
    let items = reliable + unreliable;
    if items < MIN_ITEMS {
        check.report(
            0..0,
            format!(
                "The skills check has {} item{}; it needs at least {MIN_ITEMS}, so that each of its three sittings shows 8 pages no other sitting shows.",
                items,
                plural(items)
            ),
            Some(format!(
                "add {} more `[[items]]`, with as many reliable pages as unreliable ones",
                MIN_ITEMS - items
            )),
        );
    }
    if reliable != unreliable {
        let (more, fewer) = if reliable > unreliable { ("reliable", "unreliable") } else { ("unreliable", "reliable") };
        let gap = reliable.abs_diff(unreliable);
        check.report(
            0..0,
            format!(
                "The skills check has {reliable} reliable and {unreliable} unreliable items; it needs as many of each."
            ),
            Some(format!("add {gap} more {fewer} item{}, or remove {gap} {more} one{}", plural(gap), plural(gap))),
        );
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
