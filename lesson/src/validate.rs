//! Turns a parsed lesson file into a [`Lesson`], checking everything serde
//! cannot: references between parts, uniqueness, and sensible values.

use std::collections::HashSet;
use std::ops::Range;

use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::markdown;
use crate::mock_web::{LinkTarget, MockUrl, SEARCH_ENGINE_HOST};
use crate::model::*;
use crate::parse::{RawActivity, RawBriefing, RawDebrief, RawLesson, RawPicture, RawSearch, RawSite, Text};

mod activities;
mod blocks;

const MAX_MINUTES: u32 = 180;

/// Endings reserved so that they can never be real websites (RFC 2606, RFC 6761).
const RESERVED_ENDINGS: [&str; 4] = [".example", ".test", ".invalid", ".localhost"];

struct Checker<'a> {
    file: &'a str,
    source: &'a str,
    problems: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn report(&mut self, span: Range<usize>, message: impl Into<String>, help: Option<String>) {
        let mut diagnostic = Diagnostic::new(self.file, self.source, span, message);
        diagnostic.help = help;
        self.problems.push(diagnostic);
    }

    /// Text that must say something.
    fn text(&mut self, text: Text, what: &str) -> String {
        if text.get_ref().trim().is_empty() {
            self.report(
                text.span(),
                format!("The {what} is empty."),
                Some(format!("write the {what}, or remove the field if it is optional")),
            );
        }
        text.into_inner()
    }

    fn identifier(&mut self, id: Text, what: &str) -> String {
        if id.get_ref().is_empty() {
            self.report(id.span(), format!("The {what} is empty."), Some("for example `energy-grant-article`".into()));
            return id.into_inner();
        }
        let valid = id.get_ref().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            self.report(
                id.span(),
                format!("The {what} `{}` can only use lower-case letters, digits and `-`.", id.get_ref()),
                Some("for example `energy-grant-article`".into()),
            );
        }
        id.into_inner()
    }

    /// An address that must be a page of the mock web.
    fn page_url(&mut self, url: &Text, web: &MockWeb) -> Option<MockUrl> {
        let parsed = match MockUrl::parse(url.get_ref()) {
            Ok(parsed) => parsed,
            Err(reason) => {
                self.report(url.span(), format!("{reason}."), None);
                return None;
            }
        };
        if !web.contains(&parsed) {
            let help = nearest(&parsed.to_string(), all_pages(web)).map(|n| format!("did you mean `{n}`?"));
            self.report(url.span(), format!("No page of this lesson's mock web is at `{parsed}`."), help);
            return None;
        }
        Some(parsed)
    }

    /// Links in Markdown that aim at a mock site must reach one of its pages.
    /// Links to anywhere else are allowed: they show "not part of the exercise".
    fn links(&mut self, markdown_text: &Spanned<String>, base: &MockUrl, web: &MockWeb) {
        for href in markdown::link_targets(markdown_text.get_ref()) {
            let span = span_of_within(self.source, markdown_text.span(), &href);
            self.link(&href, span, base, web);
        }
    }

    /// One link target, written at `span`.
    fn link(&mut self, href: &str, span: Range<usize>, base: &MockUrl, web: &MockWeb) {
        let LinkTarget::Outside(target) = web.resolve_link(base, href) else { return };
        let Ok(url) = MockUrl::parse(&target) else { return };
        if web.site(url.host()).is_some() || url.is_search_engine() {
            let help = nearest(&url.to_string(), all_pages(web)).map(|n| format!("did you mean `{n}`?"));
            let message = if href == url.to_string() {
                format!("The link `{href}` is not a page of the mock web.")
            } else {
                format!("The link `{href}` leads to `{url}`, which is not a page of the mock web.")
            };
            self.report(span, message, help);
        }
    }
}

pub(crate) fn validate(file: &str, source: &str, raw: RawLesson) -> Result<Lesson, Vec<Diagnostic>> {
    let mut check = Checker { file, source, problems: Vec::new() };

    let id = check.identifier(raw.id, "lesson id");
    let title = check.text(raw.title, "title");
    let summary = check.text(raw.summary, "summary");
    if raw.audience.get_ref().is_empty() {
        check.report(
            raw.audience.span(),
            "The lesson names no audience.",
            Some("write `audience = [\"classroom\"]`, `[\"staff\"]` or `[\"general\"]`".into()),
        );
    }
    let minutes = *raw.minutes.get_ref();
    if !(1..=MAX_MINUTES).contains(&minutes) {
        check.report(raw.minutes.span(), format!("`minutes` must be between 1 and {MAX_MINUTES}."), None);
    }
    if raw.techniques.get_ref().is_empty() {
        check.report(
            raw.techniques.span(),
            "The lesson names no technique it teaches.",
            Some("list at least one, such as `techniques = [\"lateral-reading\"]`".into()),
        );
    }

    // Pictures, then the mock web: everything else refers to them.
    let pictures = pictures(&mut check, raw.pictures);
    let picture_ids: Vec<String> = pictures.iter().map(|p| p.id.clone()).collect();
    let web = MockWeb { sites: raw.sites.iter().map(|site| site_shell(&mut check, site, &picture_ids)).collect() };
    let mut domains = HashSet::new();
    for (site, raw_site) in web.sites.iter().zip(&raw.sites) {
        if !domains.insert(site.domain.clone()) {
            check.report(
                raw_site.domain.span(),
                format!("Two sites have the domain `{}`.", site.domain),
                Some("give each site its own domain, or put the pages in one `[[sites]]` table".into()),
            );
        }
    }
    if web.sites.is_empty() {
        check.report(0..0, "The lesson has no mock web.", Some("add at least one `[[sites]]` table with pages".into()));
    }
    let start = check.page_url(&raw.briefing.start, &web);
    let base = start.clone().unwrap_or_else(|| MockUrl::new("start.invalid", "/"));
    for (site, raw_site) in web.sites.iter().zip(&raw.sites) {
        for (page, raw_page) in site.pages.iter().zip(&raw_site.pages) {
            let page_url = MockUrl::new(&site.domain, raw_page.path.get_ref());
            if let Some(body) = &raw_page.body {
                check.links(body, &page_url, &web);
            }
            // Checked against the file's text, for the places; the built block says which fields hold links.
            for (block, raw_block) in page.blocks.iter().zip(&raw_page.blocks) {
                if let Some(text) = raw_block.text.as_ref().filter(|_| !block.content.markdown_fields().is_empty()) {
                    check.links(text, &page_url, &web);
                }
                for link in blocks::link_fields(raw_block) {
                    check.link(link.get_ref(), link.span(), &page_url, &web);
                }
            }
        }
    }
    check.links(&raw.briefing.text, &base, &web);
    let searches = searches(&mut check, &raw.search, &web);
    if start.is_some() {
        let prose =
            Prose { briefing: &raw.briefing, activities: &raw.activities, debrief: &raw.debrief, searches: &searches };
        check_reachable(&mut check, prose, &raw.sites, &web, &base);
    }
    let briefing = Briefing { text: check.text(raw.briefing.text, "briefing text"), start: base.clone() };

    let mut activity_ids = HashSet::new();
    if raw.activities.is_empty() {
        check.report(0..0, "The lesson has no activities.", Some("add at least one `[[activities]]` table".into()));
    }
    let activities = raw
        .activities
        .into_iter()
        .filter_map(|raw_activity| {
            if !activity_ids.insert(raw_activity.id.get_ref().clone()) {
                check.report(
                    raw_activity.id.span(),
                    format!("Two activities have the id `{}`.", raw_activity.id.get_ref()),
                    Some("give each activity its own id".into()),
                );
            }
            activities::activity(&mut check, raw_activity, &web, &base, &raw.pools)
        })
        .collect::<Vec<_>>();
    let pools = activities::check_pools(&mut check, &raw.pools, &activities);

    let debrief = raw.debrief;
    let clues = debrief
        .clues
        .into_iter()
        .filter_map(|clue| {
            let page = check.page_url(&clue.page, &web);
            let block = clue.block.map(|block| {
                if let Some((_, found)) = page.as_ref().and_then(|url| web.page(url)) {
                    activities::check_block_id(&mut check, found, &block, clue.page.get_ref());
                }
                block.into_inner()
            });
            check.links(&clue.explanation, &base, &web);
            let detail = check.text(clue.detail, "clue detail");
            let explanation = check.text(clue.explanation, "clue explanation");
            Some(Clue { page: page?, block, detail, explanation, kind: clue.kind })
        })
        .collect::<Vec<_>>();
    if clues.is_empty() && check.problems.is_empty() {
        check.report(
            debrief.technique.span(),
            "The debrief explains no clue.",
            Some("add a `[[debrief.clues]]` table for every misleading (or reassuring) detail of the mock web".into()),
        );
    }
    check.links(&debrief.text, &base, &web);
    if let Some(notes) = &debrief.teacher_notes {
        check.links(notes, &base, &web);
    }
    for tip in &debrief.next_time {
        check.links(tip, &base, &web);
    }
    let debrief = Debrief {
        technique: check.text(debrief.technique, "debrief technique"),
        text: check.text(debrief.text, "debrief text"),
        clues,
        next_time: debrief.next_time.into_iter().map(|t| check.text(t, "next-time tip")).collect(),
        teacher_notes: debrief.teacher_notes.map(|t| check.text(t, "teacher notes")),
    };

    if !check.problems.is_empty() {
        check.problems.sort_by_key(|d| d.location.span.start);
        return Err(check.problems);
    }
    Ok(Lesson {
        id,
        title,
        summary,
        audience: raw.audience.into_inner(),
        minutes,
        techniques: raw.techniques.into_inner(),
        briefing,
        web,
        pictures,
        searches,
        activities,
        pools,
        debrief,
    })
}

fn pictures(check: &mut Checker, raw: Vec<RawPicture>) -> Vec<Picture> {
    let mut ids = HashSet::new();
    raw.into_iter()
        .map(|picture| {
            if !ids.insert(picture.id.get_ref().clone()) {
                check.report(
                    picture.id.span(),
                    format!("Two pictures have the id `{}`.", picture.id.get_ref()),
                    Some("give each picture its own id; use one id on several pages to show the same picture".into()),
                );
            }
            Picture {
                id: check.identifier(picture.id, "picture id"),
                scene: picture.scene,
                description: check.text(picture.description, "picture description"),
            }
        })
        .collect()
}

fn searches(check: &mut Checker, raw: &[RawSearch], web: &MockWeb) -> Vec<Search> {
    raw.iter()
        .map(|search| {
            if search.results.is_empty() {
                check.report(
                    search.query.span(),
                    "This search lists no results.",
                    Some("add `[[search.results]]` tables with the `page` of each result, best first".into()),
                );
            }
            let results = search
                .results
                .iter()
                .filter_map(|result| {
                    let page = check.page_url(&result.page, web)?;
                    if web.page(&page).is_none() {
                        check.report(
                            result.page.span(),
                            "A search result must be a page of one of the lesson's sites.",
                            Some("name a page from a `[[sites.pages]]` table".into()),
                        );
                        return None;
                    }
                    let snippet = result.snippet.clone().map(|s| check.text(s, "snippet"));
                    Some(SearchResult { page, snippet, sponsored: result.sponsored })
                })
                .collect();
            Search { query: check.text(search.query.clone(), "search query"), results }
        })
        .collect()
}

fn site_shell(check: &mut Checker, raw: &RawSite, pictures: &[String]) -> Site {
    let domain = raw.domain.get_ref().trim().to_ascii_lowercase();
    if domain == SEARCH_ENGINE_HOST {
        check.report(
            raw.domain.span(),
            format!("`{SEARCH_ENGINE_HOST}` is the kit's own search engine, Quarry; a lesson cannot be a site there."),
            Some(
                "give the site another domain; to choose what Quarry shows for a search, add a `[[search]]` table"
                    .into(),
            ),
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
                blocks: blocks::blocks(check, &page.blocks, pictures),
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

/// The lesson's own text, whose links open pages in the simulated browser.
struct Prose<'a> {
    briefing: &'a RawBriefing,
    activities: &'a [RawActivity],
    debrief: &'a RawDebrief,
    /// The search engine's authored results: the learner can always search.
    searches: &'a [Search],
}

/// Every page must be reachable by following links from somewhere the learner
/// starts: the start page, the lesson's own text (briefing, questions,
/// feedback, debrief: their links open the simulated browser) or a question's
/// page. An unreachable page is almost always a missing link.
fn check_reachable(check: &mut Checker, raw: Prose, sites: &[RawSite], web: &MockWeb, start: &MockUrl) {
    let mut prose: Vec<&str> = vec![raw.briefing.text.get_ref()];
    let mut entry_points = vec![start.clone()];
    entry_points.extend(raw.searches.iter().flat_map(|s| s.results.iter().map(|r| r.page.clone())));
    for activity in raw.activities {
        prose.push(activity.prompt.get_ref());
        if let Some(page) = activity.page.as_ref().and_then(|p| MockUrl::parse(p.get_ref()).ok()) {
            entry_points.push(page);
        }
        for option in activity.options.iter().flat_map(|o| o.get_ref()) {
            prose.push(option.feedback.get_ref());
        }
        for element in activity.elements.iter().flat_map(|e| e.get_ref()) {
            prose.push(element.feedback.get_ref());
        }
        if let Some(feedback) = &activity.feedback {
            prose.extend(feedback.get_ref().present().into_iter().map(|(_, text)| text.get_ref().as_str()));
        }
        prose.extend(activity.hint.as_ref().map(|h| h.get_ref().as_str()));
    }
    prose.push(raw.debrief.text.get_ref());
    for text in prose {
        for href in markdown::link_targets(text) {
            if let LinkTarget::Page(url) = web.resolve_link(start, &href) {
                entry_points.push(url);
            }
        }
    }
    let mut reached: HashSet<MockUrl> = HashSet::new();
    let mut to_visit = entry_points;
    while let Some(url) = to_visit.pop() {
        let Some((_, page)) = web.page(&url) else { continue };
        if !reached.insert(url.clone()) {
            continue;
        }
        for href in page.link_targets() {
            if let LinkTarget::Page(next) = web.resolve_link(&url, &href) {
                to_visit.push(next);
            }
        }
    }
    for (site, raw_site) in web.sites.iter().zip(sites) {
        for (page, raw_page) in site.pages.iter().zip(&raw_site.pages) {
            let url = MockUrl::new(&site.domain, &page.path);
            if !reached.contains(&url) {
                check.report(
                    raw_page.path.span(),
                    format!("No link leads to the page `{url}`, and no `[[search]]` lists it, so a learner can never open it."),
                    Some("link to it from another page, the briefing or a question, list it in a `[[search]]`, or remove it".into()),
                );
            }
        }
    }
}

fn all_pages(web: &MockWeb) -> Vec<String> {
    web.sites
        .iter()
        .flat_map(|site| site.pages.iter().map(move |page| MockUrl::new(&site.domain, &page.path).to_string()))
        .collect()
}

/// The candidate closest to `wanted`, if any is close enough to be a likely typo.
pub(crate) fn nearest(wanted: &str, candidates: impl IntoIterator<Item = String>) -> Option<String> {
    candidates
        .into_iter()
        .filter(|candidate| candidate != wanted)
        .map(|candidate| (edit_distance(wanted, &candidate), candidate))
        .filter(|(distance, _)| *distance <= (wanted.chars().count() / 5).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous_diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous_diagonal + usize::from(ca != *cb);
            previous_diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// The span of `needle` inside the source text of a string value, or the whole value.
/// Looks for the link's `](target` first, so plain words that happen to match are skipped.
fn span_of_within(source: &str, value: Range<usize>, needle: &str) -> Range<usize> {
    let text = source.get(value.clone()).unwrap_or("");
    if let Some(offset) = text.find(&format!("]({needle}")) {
        let start = value.start + offset + 2;
        return start..start + needle.len();
    }
    text.find(needle).map_or(value.clone(), |offset| value.start + offset..value.start + offset + needle.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_name() {
        let pages = ["https://a.example/about".to_string(), "https://a.example/".to_string()];
        assert_eq!(nearest("https://a.example/abuot", pages.clone()).as_deref(), Some("https://a.example/about"));
        assert_eq!(nearest("https://zzz.example/qqqqqqqq", pages), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
