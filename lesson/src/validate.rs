//! Turns a parsed lesson file into a [`Lesson`], checking everything serde
//! cannot: references between parts, uniqueness, and sensible values.

use std::collections::HashSet;
use std::ops::Range;

use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::markdown;
use crate::mock_web::{LinkTarget, MockUrl};
use crate::model::*;
use crate::parse::{RawActivity, RawBriefing, RawDebrief, RawLesson, RawPage, RawSearch, RawSite, Text};

mod activities;
mod blocks;
mod pictures;
mod web;

pub(crate) use web::mock_web;

const MAX_MINUTES: u32 = 180;

/// Finds an image file that came with a lesson, by the name the lesson gives it.
pub type ImageFiles<'a> = dyn Fn(&str) -> Option<std::sync::Arc<[u8]>> + 'a;

static NO_IMAGES: fn(&str) -> Option<std::sync::Arc<[u8]>> = |_| None;

/// The kind of file being checked, for messages that name it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    Lesson,
    SkillsCheck,
    Track,
}

impl FileKind {
    fn noun(self) -> &'static str {
        match self {
            FileKind::Lesson => "lesson",
            FileKind::SkillsCheck => "skills check",
            FileKind::Track => "track",
        }
    }
}

/// The one rule for every id a file gives (lessons, activities, pictures,
/// skills checks, tracks): it names an address in the kit and a SCORM
/// package, so lower-case letters, digits and `-` only, and not empty.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Collects the problems of one file, with their places.
pub(crate) struct Checker<'a> {
    file: &'a str,
    source: &'a str,
    kind: FileKind,
    problems: Vec<Diagnostic>,
    /// Problems past [`MOST_PROBLEMS`], counted but not placed.
    more: usize,
    /// The image files that came with the file, by name.
    images: &'a ImageFiles<'a>,
}

/// Beyond this many problems in one file the rest are only counted: placing
/// each costs a pass over the file (a hostile file could have thousands),
/// and no author fixes more than this at once.
const MOST_PROBLEMS: usize = 200;

impl<'a> Checker<'a> {
    pub(crate) fn new(file: &'a str, source: &'a str, kind: FileKind) -> Self {
        Checker { file, source, kind, problems: Vec::new(), more: 0, images: &NO_IMAGES }
    }

    /// A checker that can find the image files a file names.
    pub(crate) fn with_images(mut self, images: &'a ImageFiles<'a>) -> Self {
        self.images = images;
        self
    }

    pub(crate) fn image(&self, name: &str) -> Option<std::sync::Arc<[u8]>> {
        (self.images)(name)
    }

    /// `value` if no problem was found, else every problem, in the file's order.
    pub(crate) fn finish<T>(mut self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.problems.is_empty() {
            return Ok(value);
        }
        self.problems.sort_by_key(|d| d.location.span.start);
        if self.more > 0 {
            let last = self.problems.last().map_or(0..0, |d| d.location.span.clone());
            let more = Diagnostic::new(self.file, self.source, last, format!("…and {} more problems.", self.more))
                .with_help("fix the ones above, then check the file again");
            self.problems.push(more);
        }
        Err(self.problems)
    }

    fn has_problems(&self) -> bool {
        !self.problems.is_empty()
    }

    pub(crate) fn report(&mut self, span: Range<usize>, message: impl Into<String>, help: Option<String>) {
        if self.problems.len() >= MOST_PROBLEMS {
            self.more += 1;
            return;
        }
        let mut diagnostic = Diagnostic::new(self.file, self.source, span, message);
        diagnostic.help = help;
        self.problems.push(diagnostic);
    }

    /// Text that must say something.
    pub(crate) fn text(&mut self, text: Text, what: &str) -> String {
        if text.get_ref().trim().is_empty() {
            self.report(
                text.span(),
                format!("The {what} is empty."),
                Some(format!("write the {what}, or remove the field if it is optional")),
            );
        }
        text.into_inner()
    }

    /// An id, by [`is_valid_id`]; `what` names it in messages ("activity id").
    pub(crate) fn identifier(&mut self, id: Text, what: &str) -> String {
        self.identifier_like(id, what, "energy-grant-article")
    }

    /// As [`Checker::identifier`], with an example id that suits the file.
    pub(crate) fn identifier_like(&mut self, id: Text, what: &str, example: &str) -> String {
        if id.get_ref().is_empty() {
            self.report(id.span(), format!("The {what} is empty."), Some(format!("for example `{example}`")));
        } else if !is_valid_id(id.get_ref()) {
            self.report(
                id.span(),
                format!("The {what} `{}` can only use lower-case letters, digits and `-`.", id.get_ref()),
                Some(format!("for example `{example}`")),
            );
        }
        id.into_inner()
    }

    /// A field every file of this kind needs; a missing one is reported at the top of the file.
    pub(crate) fn required<T>(&mut self, value: Option<T>, field: &str, example: &str) -> Option<T> {
        if value.is_none() {
            self.report(0..0, format!("The {} has no `{field}`.", self.kind.noun()), Some(format!("add `{example}`")));
        }
        value
    }

    /// An address that must be a page of the mock web.
    pub(crate) fn page_url(&mut self, url: &Text, web: &MockWeb) -> Option<MockUrl> {
        let parsed = match MockUrl::parse(url.get_ref()) {
            Ok(parsed) => parsed,
            Err(reason) => {
                self.report(url.span(), format!("{reason}."), None);
                return None;
            }
        };
        if !web.contains(&parsed) {
            let help = nearest(&parsed.to_string(), all_pages(web)).map(|n| format!("did you mean `{n}`?"));
            self.report(url.span(), format!("No page of this {}'s mock web is at `{parsed}`.", self.kind.noun()), help);
            return None;
        }
        Some(parsed)
    }

    /// A piece of lesson Markdown. Links that aim at a mock site must reach
    /// one of its pages (links to anywhere else are allowed: they show "not
    /// part of the exercise"), and every column of a table needs a heading,
    /// which a screen reader reads out with each cell.
    pub(crate) fn markdown(&mut self, markdown_text: &Spanned<String>, base: &MockUrl, web: &MockWeb) {
        for href in markdown::link_targets(markdown_text.get_ref()) {
            let span = span_of_within(self.source, markdown_text.span(), &href);
            self.link(&href, span, base, web);
        }
        if markdown::has_empty_table_heading(markdown_text.get_ref()) {
            let span = span_of_within(self.source, markdown_text.span(), "|");
            self.report(
                span,
                "A table here has a column with no heading.",
                Some("write a heading in every cell of the table's first row, such as `| Detail | Value |`".into()),
            );
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

pub(crate) fn validate(
    file: &str,
    source: &str,
    raw: RawLesson,
    images: &ImageFiles,
) -> Result<Lesson, Vec<Diagnostic>> {
    let mut check = Checker::new(file, source, FileKind::Lesson).with_images(images);

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
    let (web, pictures) = mock_web(&mut check, &raw.sites, raw.pictures);
    let start = check.page_url(&raw.briefing.start, &web);
    let base = start.clone().unwrap_or_else(|| MockUrl::new("start.invalid", "/"));
    check.markdown(&raw.briefing.text, &base, &web);
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
            activities::activity(&mut check, raw_activity, &web, &base, &raw.pools, &pictures)
        })
        .collect::<Vec<_>>();
    let pools = activities::check_pools(&mut check, &raw.pools, &activities);

    let debrief = raw.debrief;
    let clues = debrief
        .clues
        .into_iter()
        .filter_map(|clue| {
            let page = check.page_url(&clue.page, &web);
            let on_page = page.as_ref().and_then(|url| web.page(url)).map(|(_, found)| found);
            if let Some(found) = on_page {
                if let Some(block) = &clue.block {
                    activities::check_block_id(&mut check, found, block, clue.page.get_ref());
                }
            }
            let tell = match (&clue.tell, &clue.block) {
                (Some(tell), Some(block)) => activities::check_tell(&mut check, on_page, block, tell, &pictures),
                (Some(tell), None) => {
                    check.report(
                        tell.span(),
                        "A clue's `tell` is a detail of a picture: name the picture's block with `block` too.",
                        Some("add `block = \"…\"` with the id of the picture block on that page".into()),
                    );
                    None
                }
                (None, _) => None,
            };
            let block = clue.block.map(Spanned::into_inner);
            check.markdown(&clue.explanation, &base, &web);
            let detail = check.text(clue.detail, "clue detail");
            let explanation = check.text(clue.explanation, "clue explanation");
            Some(Clue { page: page?, block, tell, detail, explanation, kind: clue.kind })
        })
        .collect::<Vec<_>>();
    if clues.is_empty() && !check.has_problems() {
        check.report(
            debrief.technique.span(),
            "The debrief explains no clue.",
            Some("add a `[[debrief.clues]]` table for every misleading (or reassuring) detail of the mock web".into()),
        );
    }
    check.markdown(&debrief.text, &base, &web);
    for notes in debrief.teacher_notes.iter().chain(&debrief.handout) {
        check.markdown(notes, &base, &web);
    }
    for tip in &debrief.next_time {
        check.markdown(tip, &base, &web);
    }
    let debrief = Debrief {
        technique: check.text(debrief.technique, "debrief technique"),
        text: check.text(debrief.text, "debrief text"),
        clues,
        next_time: debrief.next_time.into_iter().map(|t| check.text(t, "next-time tip")).collect(),
        teacher_notes: debrief.teacher_notes.map(|t| check.text(t, "teacher notes")),
        handout: debrief.handout.map(|t| check.text(t, "handout")),
    };

    check.finish(Lesson {
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
    for (url, _, raw_page) in pages_as_written(web, sites) {
        if !reached.contains(&url) {
            check.report(
                raw_page.path.span(),
                format!(
                    "No link leads to the page `{url}`, and no `[[search]]` lists it, so a learner can never open it."
                ),
                Some(
                    "link to it from another page, the briefing or a question, list it in a `[[search]]`, or remove it"
                        .into(),
                ),
            );
        }
    }
}

/// Every page of the mock web, with its address and its table as written (for places).
pub(crate) fn pages_as_written<'a>(
    web: &'a MockWeb,
    sites: &'a [RawSite],
) -> impl Iterator<Item = (MockUrl, &'a Page, &'a RawPage)> {
    web.sites.iter().zip(sites).flat_map(|(site, raw_site)| {
        site.pages
            .iter()
            .zip(&raw_site.pages)
            .map(|(page, raw_page)| (MockUrl::new(&site.domain, &page.path), page, raw_page))
    })
}

fn all_pages(web: &MockWeb) -> Vec<String> {
    web.sites
        .iter()
        .flat_map(|site| site.pages.iter().map(move |page| MockUrl::new(&site.domain, &page.path).to_string()))
        .collect()
}

/// The fields a block, one of a block's entries or an activity has, against
/// those its type takes: the one mechanism that checks them all.
pub(crate) struct Fields<'a> {
    /// Each field written, with where.
    pub present: &'a [(&'static str, Range<usize>)],
    /// Where a missing field is reported: the `type` that asks for it, say.
    pub whole: Range<usize>,
    pub required: &'a [&'a str],
    pub optional: &'a [&'a str],
    /// Fields every one of its kind takes, whatever its type.
    pub common: &'a [&'a str],
}

impl Fields<'_> {
    /// Reports each field written that the type does not take, with
    /// `unknown(field)` as message and help, and each required field missing,
    /// with `missing(field)`.
    pub(crate) fn check(
        &self,
        check: &mut Checker,
        unknown: impl Fn(&str) -> (String, Option<String>),
        missing: impl Fn(&str) -> (String, Option<String>),
    ) -> Fit {
        let takes = |field: &str| {
            self.common.contains(&field) || self.required.contains(&field) || self.optional.contains(&field)
        };
        let mut fit = Fit { no_stranger: true, complete: true };
        for (field, span) in self.present {
            if !takes(field) {
                fit.no_stranger = false;
                let (message, help) = unknown(field);
                check.report(span.clone(), message, help);
            }
        }
        for field in self.required {
            if !self.present.iter().any(|(name, _)| name == field) {
                fit.complete = false;
                let (message, help) = missing(field);
                check.report(self.whole.clone(), message, help);
            }
        }
        fit
    }
}

/// How the fields written fit a type.
#[derive(Clone, Copy)]
pub(crate) struct Fit {
    /// No field the type does not take.
    pub no_stranger: bool,
    /// Every field the type needs.
    pub complete: bool,
}

impl Fit {
    pub(crate) fn fits(self) -> bool {
        self.no_stranger && self.complete
    }
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
