//! The record of a learner's investigation: every page the simulated browser
//! showed, every search, every look at "About this site", every image search
//! and new tab, and every answer, in order, each with the activity that was
//! on show. The debrief sums it up in plain words. No web types here, so the
//! summary is tested natively.

use lesson::{Activity, Lesson, MockUrl};
use serde::{Deserialize, Deserializer, Serialize};

/// The trail keeps at most this many steps, so saved progress stays small.
/// When it is full, the oldest step that is not an answer goes first.
pub const MAX_STEPS: usize = 200;

/// One thing the learner did.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// The id of the activity on show at that moment.
    pub q: String,
    #[serde(flatten)]
    pub action: Action,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "do", rename_all = "kebab-case")]
pub enum Action {
    /// The simulated browser showed a page; `study` if it was the page the activity is about.
    Open {
        url: String,
        #[serde(default, skip_serializing_if = "is_false")]
        study: bool,
    },
    /// Searched Quarry, from its search box or the address bar.
    Search { words: String },
    /// Opened "About this site" for a host.
    About { host: String },
    /// Searched for the pages that show a picture.
    Picture { id: String },
    /// Opened a new tab on an address.
    NewTab { url: String },
    /// Reported the message at this address with the webmail's Report button.
    Report { url: String },
    /// Answered the activity.
    Answer,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// Adds a step, keeping the trail within [`MAX_STEPS`].
pub fn record(trail: &mut Vec<Step>, step: Step) {
    if trail.last() == Some(&step) && !matches!(step.action, Action::Answer) {
        return;
    }
    trail.push(step);
    if trail.len() > MAX_STEPS {
        let oldest = trail.iter().position(|s| s.action != Action::Answer).unwrap_or(0);
        trail.remove(oldest);
    }
}

/// Reads a stored trail, skipping any step this kit cannot read (one written
/// by a newer kit, or damaged): the trail is a record, never worth losing
/// the learner's answers over.
pub fn readable_steps<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Step>, D::Error> {
    let values = Vec::<serde_json::Value>::deserialize(deserializer)?;
    Ok(values.into_iter().filter_map(|value| serde_json::from_value(value).ok()).collect())
}

/// What the learner looked at beyond the page under study.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Checks {
    /// Hosts of pages opened on sites other than the one under study, in the order first opened.
    pub other_sites: Vec<String>,
    pub searches: usize,
    /// Looks at "About this site".
    pub site_checks: usize,
    pub picture_searches: usize,
}

impl Checks {
    /// Whether the learner opened a page on another site (lateral reading).
    pub fn left_the_page(&self) -> bool {
        !self.other_sites.is_empty()
    }

    fn add(&mut self, lesson: &Lesson, home: &str, action: &Action) {
        match action {
            Action::Open { url, .. } => {
                let Some(url) = MockUrl::parse(url).ok().filter(|url| lesson.web.contains(url)) else {
                    return;
                };
                let host = url.host().to_owned();
                if url.registrable_domain() != home && !self.other_sites.contains(&host) {
                    self.other_sites.push(host);
                }
            }
            Action::Search { .. } => self.searches += 1,
            Action::About { .. } => self.site_checks += 1,
            Action::Picture { .. } => self.picture_searches += 1,
            Action::NewTab { .. } | Action::Report { .. } | Action::Answer => {}
        }
    }
}

/// The page an activity is about, or else the page the lesson starts on.
fn page_under_study(lesson: &Lesson, activity: &Activity) -> MockUrl {
    activity.page.clone().unwrap_or_else(|| lesson.briefing.start.clone())
}

/// How the learner came to one answer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BeforeAnswer {
    /// Whether an earlier answer (to any activity) is in the trail.
    pub answered_before: bool,
    /// What they checked since that earlier answer (or since the start),
    /// whichever question was on show.
    pub checks: Checks,
    /// Whether, at any time before answering, they opened the page the
    /// activity is about (true if it is about no page).
    pub saw_the_page: bool,
    /// Whether, at any time before answering, they opened a page on another
    /// site than the one the activity is about: lateral reading.
    pub left_the_page: bool,
}

/// How the learner came to their answer to an activity, from the trail.
/// `None` if the trail holds no answer to it (progress saved before the kit
/// kept a trail, or a trail cut short).
pub fn before_answering(lesson: &Lesson, trail: &[Step], activity: &Activity) -> Option<BeforeAnswer> {
    let answered = trail.iter().position(|step| step.q == activity.id && step.action == Action::Answer)?;
    let before = &trail[..answered];
    let previous = before.iter().rposition(|step| step.action == Action::Answer);
    let home = page_under_study(lesson, activity);
    let home = home.registrable_domain();
    let mut checks = Checks::default();
    for step in &before[previous.map_or(0, |p| p + 1)..] {
        checks.add(lesson, home, &step.action);
    }
    let mut all = Checks::default();
    for step in before {
        all.add(lesson, home, &step.action);
    }
    // The page the lesson starts on is on show from the start, whether or not the learner clicked to it.
    let saw_the_page = activity.page.as_ref().is_none_or(|page| {
        let shown = page.to_string();
        *page == lesson.briefing.start
            || before.iter().any(|step| matches!(&step.action, Action::Open { url, .. } if *url == shown))
    });
    Some(BeforeAnswer { answered_before: previous.is_some(), checks, saw_the_page, left_the_page: all.left_the_page() })
}

/// The whole investigation, counted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Overall {
    /// Different pages of the mock web opened (the search engine's included).
    pub pages: usize,
    /// Their hosts, in the order first opened.
    pub sites: Vec<String>,
    pub checks: Checks,
}

pub fn overall(lesson: &Lesson, trail: &[Step]) -> Overall {
    let mut pages: Vec<MockUrl> = Vec::new();
    let mut sites: Vec<String> = Vec::new();
    let mut checks = Checks::default();
    for step in trail {
        if let Action::Open { url, .. } = &step.action {
            let Some(url) = MockUrl::parse(url).ok().filter(|url| lesson.web.contains(url)) else {
                continue;
            };
            if !sites.iter().any(|site| site == url.host()) {
                sites.push(url.host().to_owned());
            }
            if !pages.contains(&url) {
                pages.push(url);
            }
        } else {
            // Counts searches and the like; no site is "home" for the whole lesson.
            checks.add(lesson, "", &step.action);
        }
    }
    Overall { pages: pages.len(), sites, checks }
}

// ---- In plain words.

/// "once", "twice", "3 times".
fn times(count: usize) -> String {
    match count {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        n => format!("{n} times"),
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

/// "a", "a and b", "a, b and c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The searches and site checks, as phrases to follow "you …".
fn tool_phrases(checks: &Checks) -> Vec<String> {
    let mut phrases = Vec::new();
    if checks.searches > 0 {
        phrases.push(format!("searched {}", times(checks.searches)));
    }
    if checks.site_checks > 0 {
        phrases.push(format!("looked at “About this site” {}", times(checks.site_checks)));
    }
    if checks.picture_searches > 0 {
        phrases.push(format!("searched for a picture {}", times(checks.picture_searches)));
    }
    phrases
}

/// "Before answering question 2 (“Who runs it?”), you checked 2 other sites
/// (quarry.example and courier.example) and searched once." After an earlier
/// answer, only what was checked since it is told, so no line repeats another.
pub fn before_answering_sentence(number: usize, prompt: &str, before: &BeforeAnswer) -> String {
    let checks = &before.checks;
    let mut phrases = Vec::new();
    if checks.left_the_page() {
        let sites = plural(checks.other_sites.len(), "other site", "other sites");
        phrases.push(format!("checked {sites} ({})", list(&checks.other_sites)));
    }
    phrases.extend(tool_phrases(checks));
    let question = format!("question {number} (“{}”)", short_prompt(prompt));
    match (before.answered_before, phrases.is_empty()) {
        (false, false) => format!("Before answering {question}, you {}.", list(&phrases)),
        (false, true) => format!("Before answering {question}, you did not look beyond the site you were reading."),
        (true, false) => format!("Between your previous answer and {question}, you {}.", list(&phrases)),
        (true, true) => {
            format!("You answered {question} straight after your previous answer, without checking anything new.")
        }
    }
}

/// Whether an answer came straight after the previous one with nothing checked
/// in between: such answers are told together in one line, not one line each.
pub fn answered_straight_after(before: &BeforeAnswer) -> bool {
    let checks = &before.checks;
    before.answered_before
        && !checks.left_the_page()
        && checks.searches == 0
        && checks.site_checks == 0
        && checks.picture_searches == 0
}

/// "You answered questions 4 and 5 each straight after the one before, …", for
/// the questions [`answered_straight_after`] holds for (numbered from 1).
pub fn straight_after_sentence(numbers: &[usize]) -> Option<String> {
    match numbers {
        [] => None,
        [one] => {
            Some(format!("You answered question {one} straight after the one before, without checking anything new."))
        }
        many => {
            let numbers: Vec<String> = many.iter().map(usize::to_string).collect();
            Some(format!(
                "You answered questions {} each straight after the one before, without checking anything new.",
                list(&numbers)
            ))
        }
    }
}

/// For an activity about one page: whether the learner left that page to find
/// out about it before answering, as a style (`left` or `stayed`) and words.
pub fn left_the_page_sentence(before: &BeforeAnswer) -> (&'static str, &'static str) {
    match (before.saw_the_page, before.left_the_page) {
        // Since the previous answer, or only before it: the words say which, so they never
        // contradict "straight after your previous answer" above them.
        (true, true) if before.checks.left_the_page() || !before.answered_before => {
            ("left", "Before you answered, you left the page to find out about it: that is lateral reading.")
        }
        (true, true) => {
            ("left", "Earlier in the lesson, you had left the page to find out about it: that is lateral reading.")
        }
        (true, false) => (
            "stayed",
            "You answered without leaving the page. Next time, find out what other sources say about it first.",
        ),
        (false, _) => ("stayed", "You answered without opening the page the question is about."),
    }
}

/// "You opened 6 pages on 3 sites, searched twice and looked at “About this site” once."
pub fn overall_sentence(overall: &Overall) -> String {
    let mut phrases = vec![format!(
        "opened {} on {}",
        plural(overall.pages, "page", "pages"),
        plural(overall.sites.len(), "site", "sites")
    )];
    phrases.extend(tool_phrases(&overall.checks));
    format!("In this lesson you {}.", list(&phrases))
}

/// A question in a few words: its last sentence that asks something (or its
/// first sentence), cut to about 90 characters.
pub fn short_prompt(plain: &str) -> String {
    const MAX_CHARS: usize = 90;
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut sentences = Vec::new();
    let mut start = 0;
    for (i, c) in plain.char_indices() {
        let end = i + c.len_utf8();
        let at_break = plain[end..].is_empty() || plain[end..].starts_with(' ');
        if matches!(c, '.' | '?' | '!') && at_break {
            sentences.push(plain[start..end].trim());
            start = end;
        }
    }
    if start < plain.len() {
        sentences.push(plain[start..].trim());
    }
    let chosen = sentences.iter().rev().find(|s| s.ends_with('?')).or(sentences.first()).copied().unwrap_or_default();
    if chosen.chars().count() <= MAX_CHARS {
        return chosen.to_owned();
    }
    let cut: String = chosen.chars().take(MAX_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lesson() -> Lesson {
        let url = |s: &str| MockUrl::parse(s).expect("an address");
        let page = |path: &str| lesson::Page {
            path: path.into(),
            title: path.into(),
            byline: None,
            body: String::new(),
            blocks: Vec::new(),
        };
        let site = |domain: &str, paths: &[&str]| lesson::Site {
            domain: domain.into(),
            name: domain.into(),
            tagline: None,
            genre: lesson::Genre::News,
            theme: lesson::Theme::Classic,
            registration: None,
            pages: paths.iter().map(|p| page(p)).collect(),
        };
        let activity = |id: &str, scored: bool| Activity {
            id: id.into(),
            prompt: "Why?".into(),
            page: Some(url("https://news.example/story")),
            scored,
            hint: None,
            attempts: 1,
            shuffle: true,
            pool: None,
            kind: lesson::ActivityKind::SingleChoice { options: Vec::new() },
        };
        Lesson {
            id: "t".into(),
            title: "T".into(),
            summary: String::new(),
            audience: Vec::new(),
            minutes: 5,
            techniques: Vec::new(),
            briefing: lesson::Briefing { text: String::new(), start: url("https://news.example/story") },
            web: lesson::MockWeb {
                sites: vec![site("news.example", &["/story", "/about"]), site("courier.example", &["/"])],
            },
            pictures: Vec::new(),
            searches: Vec::new(),
            activities: vec![activity("first", false), activity("rate", true), activity("again", true)],
            pools: Vec::new(),
            debrief: lesson::Debrief {
                technique: String::new(),
                text: String::new(),
                clues: Vec::new(),
                next_time: Vec::new(),
                teacher_notes: None,
                handout: None,
            },
        }
    }

    fn step(q: &str, action: Action) -> Step {
        Step { q: q.into(), action }
    }

    fn open(q: &str, url: &str) -> Step {
        step(q, Action::Open { url: url.into(), study: url == "https://news.example/story" })
    }

    #[test]
    fn counts_what_was_checked_before_each_answer() {
        let lesson = lesson();
        let trail = vec![
            open("first", "https://news.example/story"),
            step("first", Action::Answer),
            step("rate", Action::Search { words: "news example".into() }),
            open("rate", "https://quarry.example/search?q=news+example"),
            open("rate", "https://courier.example/"),
            open("rate", "https://news.example/about"),
            step("rate", Action::About { host: "news.example".into() }),
            open("rate", "https://quarry.example/search?q=news"),
            open("rate", "https://nowhere.example/"),
            step("rate", Action::Answer),
            open("rate", "https://elsewhere.example/"),
            step("again", Action::Answer),
        ];
        let first = before_answering(&lesson, &trail, &lesson.activities[0]).expect("answered");
        assert_eq!(first, BeforeAnswer { saw_the_page: true, ..Default::default() });
        assert_eq!(
            before_answering_sentence(1, "First impression?", &first),
            "Before answering question 1 (“First impression?”), you did not look beyond the site you were reading."
        );
        assert_eq!(left_the_page_sentence(&first).0, "stayed");

        let rate = before_answering(&lesson, &trail, &lesson.activities[1]).expect("answered");
        assert_eq!(rate.checks.other_sites, vec!["quarry.example".to_owned(), "courier.example".to_owned()]);
        assert_eq!((rate.checks.searches, rate.checks.site_checks, rate.checks.picture_searches), (1, 1, 0));
        assert!(rate.answered_before && rate.saw_the_page && rate.left_the_page);
        assert_eq!(
            before_answering_sentence(2, "Now rate it. How far can you trust this article? (1 = not at all.)", &rate),
            "Between your previous answer and question 2 (“How far can you trust this article?”), you checked \
             2 other sites (quarry.example and courier.example), searched once and looked at “About this site” once."
        );
        assert_eq!(left_the_page_sentence(&rate).0, "left");

        // Answered at once after the last: nothing new, but the page was left earlier on.
        let again = before_answering(&lesson, &trail, &lesson.activities[2]).expect("answered");
        assert_eq!(again.checks, Checks::default());
        assert!(again.left_the_page);
        assert_eq!(
            before_answering_sentence(3, "Again?", &again),
            "You answered question 3 (“Again?”) straight after your previous answer, without checking anything new."
        );
        assert_eq!(
            left_the_page_sentence(&again),
            ("left", "Earlier in the lesson, you had left the page to find out about it: that is lateral reading.")
        );
    }

    #[test]
    fn answers_given_straight_after_another_are_told_in_one_line() {
        assert_eq!(straight_after_sentence(&[]), None);
        assert_eq!(
            straight_after_sentence(&[4, 5, 6]).as_deref(),
            Some(
                "You answered questions 4, 5 and 6 each straight after the one before, without checking anything new."
            )
        );
    }

    #[test]
    fn a_page_never_opened_was_never_left() {
        let mut lesson = lesson();
        // A lesson that starts elsewhere, so the page under study is not on show from the start.
        lesson.briefing.start = MockUrl::parse("https://courier.example/").expect("an address");
        let trail = vec![open("first", "https://courier.example/"), step("first", Action::Answer)];
        let first = before_answering(&lesson, &trail, &lesson.activities[0]).expect("answered");
        assert!(first.left_the_page && !first.saw_the_page);
        assert_eq!(left_the_page_sentence(&first).1, "You answered without opening the page the question is about.");
    }

    #[test]
    fn an_answer_the_trail_does_not_hold_has_no_summary() {
        let lesson = lesson();
        assert_eq!(before_answering(&lesson, &[open("rate", "https://courier.example/")], &lesson.activities[1]), None);
    }

    #[test]
    fn sums_up_the_whole_investigation() {
        let lesson = lesson();
        let trail = vec![
            open("first", "https://news.example/story"),
            step("first", Action::NewTab { url: "https://quarry.example/".into() }),
            open("first", "https://quarry.example/"),
            step("first", Action::Search { words: "a".into() }),
            step("first", Action::Search { words: "b".into() }),
            step("first", Action::Picture { id: "p".into() }),
            open("first", "https://news.example/story"),
            open("first", "https://news.example/about"),
        ];
        let overall = overall(&lesson, &trail);
        assert_eq!(overall.pages, 3);
        assert_eq!(overall.sites, vec!["news.example".to_owned(), "quarry.example".to_owned()]);
        assert_eq!(
            overall_sentence(&overall),
            "In this lesson you opened 3 pages on 2 sites, searched twice and searched for a picture once."
        );
        let one = overall_sentence(&Overall { pages: 1, sites: vec!["a.example".into()], ..Default::default() });
        assert_eq!(one, "In this lesson you opened 1 page on 1 site.");
    }

    #[test]
    fn the_trail_is_capped_keeping_every_answer() {
        let mut trail = Vec::new();
        record(&mut trail, step("a", Action::Answer));
        for i in 0..MAX_STEPS + 50 {
            record(&mut trail, open("b", &format!("https://news.example/{i}")));
        }
        assert_eq!(trail.len(), MAX_STEPS);
        assert_eq!(trail[0], step("a", Action::Answer));
        assert_eq!(trail[MAX_STEPS - 1], open("b", &format!("https://news.example/{}", MAX_STEPS + 49)));
        record(&mut trail, open("b", &format!("https://news.example/{}", MAX_STEPS + 49)));
        assert_eq!(trail.len(), MAX_STEPS, "the same page twice in a row is one step");
    }

    #[test]
    fn steps_are_stored_compactly() {
        let json = serde_json::to_string(&vec![
            open("q", "https://news.example/story"),
            step("q", Action::Search { words: "x y".into() }),
            step("q", Action::Answer),
        ])
        .expect("serialises");
        assert_eq!(
            json,
            r#"[{"q":"q","do":"open","url":"https://news.example/story","study":true},{"q":"q","do":"search","words":"x y"},{"q":"q","do":"answer"}]"#
        );
    }

    #[test]
    fn a_question_in_a_few_words() {
        assert_eq!(short_prompt("Find out who is behind it. Try its About page. Who runs it?"), "Who runs it?");
        assert_eq!(short_prompt("Back to the request. What should go on the page?"), "What should go on the page?");
        assert_eq!(
            short_prompt("Rate the page (1 = not at all, 7 = completely)."),
            "Rate the page (1 = not at all, 7 = completely)."
        );
        let long = short_prompt(&format!("{}.", "word ".repeat(40).trim()));
        assert!(long.ends_with('…') && long.chars().count() <= 91, "{long}");
        assert_eq!(short_prompt(""), "");
    }
}
