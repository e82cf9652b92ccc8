//! Quarry, the kit's search engine over a lesson's mock web.
//!
//! For the searches an author expects, Quarry gives the author's results in
//! the author's order (so the first result can be the wrong one, as in real
//! life). For anything else it ranks the mock web's pages by the words they
//! share with the search. Nothing here touches a network.

use crate::mock_web::MockUrl;
use crate::model::{Genre, Lesson, Search};

/// One result on Quarry's results page.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub url: MockUrl,
    pub title: String,
    /// The name the site gives itself.
    pub site_name: String,
    pub snippet: String,
    /// A paid advert, labelled as one in small print.
    pub sponsored: bool,
}

const SNIPPET_CHARS: usize = 160;

/// The results for what a learner searched for, best first.
pub fn search(lesson: &Lesson, query: &str) -> Vec<Hit> {
    let wanted = words(query);
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = Vec::new();
    if let Some(expected) = expected_search(&lesson.searches, &wanted) {
        for result in &expected.results {
            if let Some(hit) = hit_for(lesson, &result.page, result.snippet.as_deref(), &wanted) {
                hits.push(Hit { sponsored: result.sponsored, ..hit });
            }
        }
    }
    let mut ranked: Vec<(usize, Hit)> = lesson
        .web
        .sites
        .iter()
        // A learner's own inbox is not on the open web.
        .filter(|site| site.genre != Genre::Email)
        .flat_map(|site| site.pages.iter().map(move |page| (site, page)))
        .filter_map(|(site, page)| {
            let url = MockUrl::new(&site.domain, &page.path);
            if hits.iter().any(|hit| hit.url == url) {
                return None;
            }
            let title = words(&page.title);
            let name = words(&site.name);
            let text = words(&page.plain_text());
            let score: usize = wanted
                .iter()
                .map(|word| {
                    3 * title.iter().filter(|w| *w == word).count()
                        + 2 * name.iter().filter(|w| *w == word).count()
                        + text.iter().filter(|w| *w == word).count()
                })
                .sum();
            let matched = wanted.iter().filter(|word| text.contains(word) || name.contains(word)).count();
            // Two thirds of the words must appear (both of two), so a search
            // does not bring up every page that shares one common word.
            (matched * 3 >= wanted.len() * 2 && score > 0)
                .then(|| hit_for(lesson, &url, None, &wanted).map(|hit| (score, hit)))
                .flatten()
        })
        .collect();
    ranked.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    hits.extend(ranked.into_iter().map(|(_, hit)| hit));
    hits
}

/// The author's expected search that a learner's words match: most of its
/// words, in any order. The closest match wins.
fn expected_search<'a>(searches: &'a [Search], wanted: &[String]) -> Option<&'a Search> {
    searches
        .iter()
        .map(|search| {
            let expected = words(&search.query);
            let shared = expected.iter().filter(|word| wanted.contains(word)).count();
            (search, shared, expected.len())
        })
        .filter(|(_, shared, total)| *total > 0 && shared * 3 >= total * 2)
        .max_by(|a, b| (a.1 * 1000 / a.2).cmp(&(b.1 * 1000 / b.2)).then(a.2.cmp(&b.2)))
        .map(|(search, _, _)| search)
}

fn hit_for(lesson: &Lesson, url: &MockUrl, snippet: Option<&str>, wanted: &[String]) -> Option<Hit> {
    let (site, page) = lesson.web.page(url)?;
    let snippet = match snippet {
        Some(snippet) => snippet.to_owned(),
        None => snippet_around(&page.body_text(), wanted),
    };
    Some(Hit { url: url.clone(), title: page.title.clone(), site_name: site.name.clone(), snippet, sponsored: false })
}

/// About 160 characters of the page, from the sentence where a searched word first appears.
fn snippet_around(text: &str, wanted: &[String]) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = text.to_lowercase();
    let first = wanted.iter().filter_map(|word| lower.find(word.as_str())).min().unwrap_or(0);
    let sentence_start = lower[..first].rfind(". ").map_or(0, |i| i + 2);
    let start = if first - sentence_start > SNIPPET_CHARS / 2 { first } else { sentence_start };
    let start = (0..=start).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
    let rest = &text[start..];
    if rest.chars().count() <= SNIPPET_CHARS {
        return format!("{}{rest}", if start > 0 { "… " } else { "" });
    }
    let cut: String = rest.chars().take(SNIPPET_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}{cut} …", if start > 0 { "… " } else { "" })
}

/// Lower-case words without punctuation.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_starts_at_the_sentence_that_matches() {
        let text = "Welcome to the site. Hedgehogs are counted every May by volunteers. Other news follows.";
        assert_eq!(
            snippet_around(text, &["hedgehogs".into()]),
            "… Hedgehogs are counted every May by volunteers. Other news follows."
        );
        assert_eq!(snippet_around("Short page.", &["absent".into()]), "Short page.");
    }

    #[test]
    fn expected_searches_match_most_of_their_words_in_any_order() {
        let search = |query: &str| Search { query: query.into(), results: Vec::new() };
        let searches = [search("council tax refund"), search("hedgehog count larkhampton")];
        let find = |q: &str| expected_search(&searches, &words(q)).map(|s| s.query.as_str());
        assert_eq!(find("Refund of council tax"), Some("council tax refund"));
        assert_eq!(find("larkhampton hedgehog"), Some("hedgehog count larkhampton"));
        assert_eq!(find("hedgehog"), None);
        assert_eq!(find("weather"), None);
    }
}
