//! The skills check: a learner rates how far they would trust each of a set
//! of pages, before a track, after it and again a week later. Half the pages
//! of a check are reliable and half are not, so the kit can report two
//! things apart (see [`CheckResult`]): how well the learner tells the two
//! kinds apart (*discernment*) and how far they trust pages in general
//! (*scepticism*). A course that only made people distrust everything would
//! raise scepticism and leave discernment where it was. [`RatingPattern`]
//! names a sitting rated all low, all high or all alike, and
//! [`SittingChange`] says when a change between sittings is larger than the
//! noise of a sitting of 8 pages.
//!
//! A check is one TOML file in `checks/` (see `docs/skills-checks.md`). Its
//! sites and pictures are written, parsed and validated exactly as a lesson's
//! are; its `[[items]]` name the pages to rate. Each sitting shows its own
//! share of the items, drawn from a seed ([`SkillsCheck::forms`]), so no
//! learner rates the same page twice.

mod change;
mod forms;
mod read;
mod result;

use crate::diagnostic::{read_with_unique_ids, Diagnostic};
use crate::mock_web::MockUrl;
use crate::model::{MockWeb, Picture};

pub use change::{DiscernmentChange, SittingChange, TrustChange};
pub use forms::{Forms, Sitting};
pub use result::{CheckResult, RatingPattern};

/// The skills-check format this kit reads. A file states it as `format_version`.
pub const SKILLS_CHECK_FORMAT_VERSION: u32 = 1;

/// A validated skills check: a pool of pages to rate, half reliable.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillsCheck {
    /// Stable identifier: tracks name their check by it, and saved results use it.
    pub id: String,
    pub title: String,
    /// Markdown, shown before the first page of a sitting.
    pub intro: String,
    /// Every site and page the items show; each page is one item.
    pub web: MockWeb,
    /// Pictures the kit draws, used on pages by their id.
    pub pictures: Vec<Picture>,
    /// The pool, in the file's order: as many reliable items as unreliable, at least 24 in all.
    pub items: Vec<CheckItem>,
}

/// One page to rate.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckItem {
    /// A page of the check's own mock web; no two items share one.
    pub page: MockUrl,
    pub reliable: bool,
    /// Markdown: why the page holds up, or every detail that gives it away.
    pub explanation: String,
}

impl SkillsCheck {
    /// A picture by id, as [`crate::Lesson::picture`] finds one; the page to
    /// show for an item is `check.web.page(&item.page)`.
    pub fn picture(&self, id: &str) -> Option<&Picture> {
        self.pictures.iter().find(|p| p.id == id)
    }
}

/// Parses and validates one skills-check file. `file_name` only labels diagnostics.
///
/// Every problem found is reported, not just the first, as for lessons.
pub fn parse_skills_check(file_name: &str, source: &str) -> Result<SkillsCheck, Vec<Diagnostic>> {
    read::read(file_name, source).map(|(check, _)| check)
}

/// Parses every skills-check file, in order, as [`parse_skills_check`] does,
/// and checks that no two share an id (the later file gets the diagnostic).
/// One result per file, in the order given.
pub fn parse_skills_checks(files: &[(&str, &str)]) -> Vec<Result<SkillsCheck, Vec<Diagnostic>>> {
    read_with_unique_ids(files, "skills check", read::read, |check| &check.id)
}

/// A pool built in memory, for the arithmetic: `reliable` reliable items
/// first, then `unreliable` ones, at `https://pool.example/0`, `/1`…
#[cfg(test)]
fn pool(reliable: usize, unreliable: usize) -> SkillsCheck {
    let item = |i: usize| CheckItem {
        page: MockUrl::new("pool.example", &format!("/{i}")),
        reliable: i < reliable,
        explanation: String::new(),
    };
    SkillsCheck {
        id: "pool".into(),
        title: String::new(),
        intro: String::new(),
        web: MockWeb { sites: Vec::new() },
        pictures: Vec::new(),
        items: (0..reliable + unreliable).map(item).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The smallest valid pool, also checked as a fixture by `tests/skills_check_files.rs`.
    const POOL: &str = include_str!("../tests/checks/pool-24.toml");

    /// Every diagnostic `source` gives: (line, column, message, help).
    fn problems(source: &str) -> Vec<(usize, usize, String, String)> {
        let problems = parse_skills_check("checks/c.toml", source).expect_err("the check is broken");
        problems
            .iter()
            .map(|d| (d.location.line, d.location.column, d.message.clone(), d.help.clone().unwrap_or_default()))
            .collect()
    }

    /// The one diagnostic `source` gives.
    fn problem(source: &str) -> (usize, usize, String, String) {
        let mut all = problems(source);
        assert_eq!(all.len(), 1, "{all:#?}");
        all.remove(0)
    }

    /// The 1-based line of the first line of `POOL` holding `needle`, and the column where it starts.
    fn place(source: &str, needle: &str) -> (usize, usize) {
        let (index, line) = source.lines().enumerate().find(|(_, line)| line.contains(needle)).expect(needle);
        (index + 1, line.find(needle).expect(needle) + 1)
    }

    fn replace_once(old: &str, new: &str) -> String {
        assert_eq!(POOL.matches(old).count(), 1, "`{old}` should occur once in the pool");
        POOL.replacen(old, new, 1)
    }

    #[test]
    fn the_smallest_pool_reads_with_every_item_a_page_of_its_own() {
        let check = parse_skills_check("checks/pool-24.toml", POOL).expect("valid");
        assert_eq!((check.id.as_str(), check.items.len()), ("pool-24", 24));
        assert_eq!(check.items.iter().filter(|item| item.reliable).count(), 12);
        assert!(check.intro.contains("how far you would\ntrust it"), "{}", check.intro);
        let first = &check.items[0];
        assert_eq!(first.page.to_string(), "https://pellingford.gov.example/bins");
        assert!(first.explanation.starts_with("The council's own site"));
        for item in &check.items {
            assert!(check.web.page(&item.page).is_some(), "{}", item.page);
        }
        assert_eq!(check.picture("anything"), None);
    }

    #[test]
    fn an_item_page_that_is_not_there_gets_the_nearest_and_its_page_is_left_out() {
        let source = replace_once(
            "page = \"https://open-encyclopedia.example/hedgehog\"",
            "page = \"https://open-encyclopedia.example/hedgehogs\"",
        );
        let all = problems(&source);
        assert_eq!(all.len(), 2, "{all:#?}");
        let (line, column) = place(&source, "\"https://open-encyclopedia.example/hedgehogs\"");
        assert_eq!((all[0].0, all[0].1), place(&source, "\"/hedgehog\""));
        assert_eq!(
            all[0].2,
            "The page `https://open-encyclopedia.example/hedgehog` is not an item, so no learner would ever see it."
        );
        assert!(all[0]
            .3
            .starts_with("add an `[[items]]` table with `page = \"https://open-encyclopedia.example/hedgehog\"`"));
        assert_eq!((all[1].0, all[1].1), (line, column));
        assert_eq!(
            all[1].2,
            "No page of this skills check's mock web is at `https://open-encyclopedia.example/hedgehogs`."
        );
        assert_eq!(all[1].3, "did you mean `https://open-encyclopedia.example/hedgehog`?");
    }

    #[test]
    fn a_page_may_be_one_item_only() {
        let source = replace_once(
            "page = \"https://open-encyclopedia.example/hedgehog\"",
            "page = \"https://open-encyclopedia.example/river-pell\"",
        );
        let all = problems(&source);
        assert_eq!(all.len(), 2, "{all:#?}");
        assert_eq!(
            all[0].2,
            "The page `https://open-encyclopedia.example/hedgehog` is not an item, so no learner would ever see it."
        );
        let (first_line, _) = place(&source, "page = \"https://open-encyclopedia.example/river-pell\"");
        // The second item naming the page is the one reported.
        let second_line = source
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains("page = \"https://open-encyclopedia.example/river-pell\""))
            .nth(1)
            .expect("two items")
            .0
            + 1;
        assert_eq!((all[1].0, all[1].1), (second_line, 8));
        assert_eq!(
            all[1].2,
            format!(
                "The page `https://open-encyclopedia.example/river-pell` is already an item, on line {first_line}."
            )
        );
    }

    #[test]
    fn the_pool_must_be_balanced_and_large_enough() {
        let one_flipped = POOL.replacen("reliable = true", "reliable = false", 1);
        let (line, column, message, help) = problem(&one_flipped);
        assert_eq!((line, column), (1, 1));
        assert_eq!(message, "The skills check has 11 reliable and 13 unreliable items; it needs as many of each.");
        assert_eq!(help, "add 2 more reliable items, or remove 2 unreliable ones");

        let two = r#"format_version = 1
id = "tiny"
title = "Tiny"
intro = "Rate two pages."

[[sites]]
domain = "a.example"
name = "A"
genre = "news"

[[sites.pages]]
path = "/"
title = "A"
body = "A."

[[sites.pages]]
path = "/b"
title = "B"
body = "B."

[[items]]
page = "https://a.example/"
reliable = true
explanation = "Fine."

[[items]]
page = "https://a.example/b"
reliable = false
explanation = "Not fine."
"#;
        let (line, column, message, help) = problem(two);
        assert_eq!((line, column), (1, 1));
        assert_eq!(
            message,
            "The skills check has 2 items; it needs at least 24, so that each of its three sittings shows 8 pages no other sitting shows."
        );
        assert_eq!(help, "add 22 more `[[items]]`, with as many reliable pages as unreliable ones");
    }

    #[test]
    fn the_top_of_the_file_is_checked_like_a_track() {
        let (line, column, message, help) = problem(&POOL.replacen("id = \"pool-24\"\n", "", 1));
        assert_eq!((line, column, message.as_str()), (1, 1, "The skills check has no `id`."));
        assert_eq!(help, "add `id = \"everyday-sources\"`");
        let (line, _, message, _) = problem(&replace_once("id = \"pool-24\"", "id = \"Pool 24\""));
        assert_eq!(line, 6);
        assert_eq!(message, "The skills-check id `Pool 24` can only use lower-case letters, digits and `-`.");
        let (_, _, message, _) =
            problem(&replace_once("title = \"Skills check: which pages would you trust?\"", "title = \" \""));
        assert_eq!(message, "The title is empty.");
        let (line, _, message, help) = problem(&replace_once("format_version = 1", "format_version = 2"));
        assert_eq!((line, message.as_str()), (5, "This skills check uses format 2, but this kit reads format 1."));
        assert_eq!(help, "open it in a newer version of Second Look");
    }

    #[test]
    fn the_intro_belongs_at_the_top_and_must_say_something() {
        let intro_start = POOL.find("intro = '''").expect("an intro");
        let intro_end = POOL[intro_start..].find("'''\n\n").expect("its end") + intro_start + 5;
        let intro = &POOL[intro_start..intro_end];
        let moved = format!("{}{}{intro}", &POOL[..intro_start], &POOL[intro_end..]);
        let (line, _, message, help) = problem(&moved);
        assert_eq!(line, moved.lines().count() - intro.lines().count() + 1);
        assert!(message.starts_with("There is no field `intro` here"), "{message}");
        assert_eq!(help, "`intro` belongs at the top of the file, before the first `[table]` line");

        let (.., message, help) = problem(&format!("{}{}", &POOL[..intro_start], &POOL[intro_end..]));
        assert_eq!(message, "The skills check has no `intro`.");
        assert!(help.starts_with("add `intro = '''"), "{help}");
    }

    #[test]
    fn explanations_must_say_something_and_their_links_must_lead_somewhere() {
        let (line, column, message, _) =
            problem(&replace_once("explanation = \"Measured wording and a survey to check.\"", "explanation = \"  \""));
        assert_eq!(
            (line, column, message.as_str()),
            (place(POOL, "Measured wording").0, 15, "The explanation is empty.")
        );
        let linked = replace_once(
            "explanation = \"Measured wording and a survey to check.\"",
            "explanation = \"Compare [the hedgehog entry](/hedgehogs).\"",
        );
        let (line, column, message, help) = problem(&linked);
        let (link_line, paren) = place(&linked, "(/hedgehogs)");
        assert_eq!((line, column), (link_line, paren + 1));
        assert_eq!(
            message,
            "The link `/hedgehogs` leads to `https://open-encyclopedia.example/hedgehogs`, which is not a page of the mock web."
        );
        assert_eq!(help, "did you mean `https://open-encyclopedia.example/hedgehog`?");
    }

    #[test]
    fn an_item_is_a_page_of_the_checks_sites_not_the_search_engine() {
        let source =
            replace_once("page = \"https://weather.gov.example/warnings\"", "page = \"https://quarry.example/\"");
        let all = problems(&source);
        let (line, column) = place(&source, "\"https://quarry.example/\"");
        let on_item: Vec<_> = all.iter().filter(|p| p.0 == line).collect();
        assert_eq!(on_item.len(), 1, "{all:#?}");
        assert_eq!(
            (on_item[0].1, on_item[0].2.as_str()),
            (column, "An item must be a page of one of the check's sites.")
        );
    }

    #[test]
    fn the_sites_are_checked_as_a_lessons_are() {
        // The items on that site now name pages that are not there, too.
        let all = problems(&replace_once("domain = \"mail.example\"", "domain = \"mail.com\""));
        let (line, column) = place(POOL, "\"mail.example\"");
        assert_eq!((all[0].0, all[0].1), (line, column));
        assert_eq!(all[0].2, "The domain `mail.com` could belong to a real website.");
        let (.., message, help) = problem(&replace_once("type = \"post\"", "type = \"posts\""));
        assert_eq!((message.as_str(), help.as_str()), ("`posts` is not a block type.", "did you mean `post`?"));
    }

    #[test]
    fn two_checks_may_not_share_an_id() {
        let other = POOL.replacen("title = \"Skills check", "title = \"Another skills check", 1);
        let results = parse_skills_checks(&[("checks/a.toml", POOL), ("checks/b.toml", &other)]);
        assert!(results[0].is_ok());
        let problems = results[1].as_ref().expect_err("same id");
        assert_eq!((problems[0].location.file.as_str(), problems[0].location.line), ("checks/b.toml", 6));
        assert_eq!(problems[0].message, "The skills check in `checks/a.toml` already has the id `pool-24`.");
    }
}
