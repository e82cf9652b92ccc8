//! A learner's place in one lesson as SCORM 1.2 `cmi.suspend_data`: compact
//! JSON, at most 4,096 characters. Plain Rust, no web types, tested natively.

use serde::{Deserialize, Serialize};

use crate::progress::{Action, LessonProgress, Tab};

/// SCORM 1.2's limit for `cmi.suspend_data` (a CMIString4096), counted as
/// JavaScript counts a string's length.
pub const MAX_SUSPEND_DATA: usize = 4096;

/// The version of this format.
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    v: u32,
    /// The lesson the progress belongs to: data for another lesson is ignored.
    id: String,
    p: LessonProgress,
}

/// A text's length as SCORM counts it: in UTF-16 code units, as JavaScript does.
pub(super) fn length(text: &str) -> usize {
    text.encode_utf16().count()
}

/// The suspend data for a lesson's progress. If it would be too long, the
/// least needed parts go first, as few as will make it fit: the simulated
/// browser's back-and-forward entries (oldest first, background tabs before
/// the tab on show), then the tabs in the background, then the investigation
/// trail (oldest first, answers last), then the page on show. The stage,
/// question and answers are always kept; `None` only if even those do not fit.
pub fn encode(lesson_id: &str, progress: &LessonProgress) -> Option<String> {
    let text = |progress: &LessonProgress| {
        let envelope = Envelope { v: VERSION, id: lesson_id.to_owned(), p: progress.clone() };
        serde_json::to_string(&envelope).ok().filter(|text| length(text) <= MAX_SUSPEND_DATA)
    };
    if let Some(fits) = text(progress) {
        return Some(fits);
    }
    let shrinks: [Shrink; 5] = [
        (history_entries, drop_history_entry),
        (background_tabs, drop_background_tab),
        (|p| p.trail.iter().filter(|step| step.action != Action::Answer).count(), drop_oldest_step),
        (|p| p.trail.len(), drop_oldest_step),
        (|p| p.tabs.len(), |p| p.tabs.clear()),
    ];
    let mut progress = progress.clone();
    for (count, drop_one) in shrinks {
        let dropped = |n: usize| {
            let mut smaller = progress.clone();
            for _ in 0..n {
                drop_one(&mut smaller);
            }
            smaller
        };
        // The fewest drops that fit, by bisection: keeps as much as fits.
        let most = count(&progress);
        if text(&dropped(most)).is_none() {
            progress = dropped(most);
            continue;
        }
        let (mut too_few, mut enough) = (0, most);
        while enough - too_few > 1 {
            let middle = (too_few + enough) / 2;
            if text(&dropped(middle)).is_some() {
                enough = middle;
            } else {
                too_few = middle;
            }
        }
        return text(&dropped(enough));
    }
    None
}

/// A way to make the packed progress smaller: how many items it can drop, and how to drop one.
type Shrink = (fn(&LessonProgress) -> usize, fn(&mut LessonProgress));

/// History entries other than the one on show in each tab.
fn history_entries(progress: &LessonProgress) -> usize {
    progress.tabs.iter().map(|tab| tab.history.len().saturating_sub(1)).sum()
}

/// Drops one history entry that is not on show: from a background tab
/// first, the oldest first, then the forward entries from the far end.
fn drop_history_entry(progress: &mut LessonProgress) {
    let active = progress.active_tab;
    let mut tabs: Vec<&mut Tab> = progress.tabs.iter_mut().filter(|tab| tab.history.len() > 1).collect();
    tabs.sort_by_key(|tab| tab.id == active);
    if let Some(tab) = tabs.into_iter().next() {
        if tab.index > 0 {
            tab.history.remove(0);
            tab.index -= 1;
        } else {
            tab.history.pop();
        }
    }
}

fn background_tabs(progress: &LessonProgress) -> usize {
    progress.tabs.len().saturating_sub(1)
}

/// Drops the tab furthest along the strip that is not on show.
fn drop_background_tab(progress: &mut LessonProgress) {
    let active = progress.active_tab;
    if let Some(last) = progress.tabs.iter().rposition(|tab| tab.id != active) {
        progress.tabs.remove(last);
    }
}

/// Drops the oldest step of the trail that is not an answer, or if there are
/// only answers, the oldest answer.
fn drop_oldest_step(progress: &mut LessonProgress) {
    let oldest = progress.trail.iter().position(|step| step.action != Action::Answer).unwrap_or(0);
    if oldest < progress.trail.len() {
        progress.trail.remove(oldest);
    }
}

/// Reads suspend data written by [`encode`] for this lesson (by this kit, or
/// by one from before tabs, whose one history becomes one tab); anything
/// else (empty, foreign, damaged, another lesson's) gives `None`.
pub fn decode(lesson_id: &str, text: &str) -> Option<LessonProgress> {
    let envelope: Envelope = serde_json::from_str(text).ok()?;
    if envelope.v != VERSION || envelope.id != lesson_id {
        return None;
    }
    // Reading repairs the tabs (see `LessonProgress`'s stored form).
    Some(envelope.p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::{Stage, Step};
    use lesson::Answer;

    fn progress(pages: usize) -> LessonProgress {
        let mut progress = LessonProgress { stage: Stage::Investigating, activity: 2, ..Default::default() };
        progress.answers.insert("who-runs-it".into(), Answer::Choice { option: 1 });
        progress.answers.insert("first-impression".into(), Answer::Rating { value: 6 });
        if pages > 0 {
            let history = (0..pages).map(|i| format!("https://a-long-mock-domain.example/page/{i}")).collect();
            progress.tabs = vec![Tab { id: 0, history, index: pages.saturating_sub(2) }];
        }
        progress
    }

    /// A learner who browsed a lot: several tabs with long histories, and a full trail.
    fn busy() -> LessonProgress {
        let mut saved = progress(0);
        for t in 0..6u32 {
            let history = (0..40).map(|i| format!("https://site-{t}.example/a/rather/long/path/{i}")).collect();
            saved.tabs.push(Tab { id: t, history, index: 20 });
        }
        saved.active_tab = 3;
        for i in 0..crate::progress::trail::MAX_STEPS - 2 {
            let url = format!("https://site-{}.example/a/rather/long/path/{i}", i % 6);
            saved.trail.push(Step { q: "who-runs-it".into(), action: Action::Open { url, study: false } });
        }
        saved.trail.insert(10, Step { q: "first-impression".into(), action: Action::Answer });
        saved.trail.push(Step { q: "who-runs-it".into(), action: Action::Answer });
        saved
    }

    #[test]
    fn round_trips_a_lesson_in_progress() {
        let mut saved = progress(3);
        saved.tabs.push(Tab { id: 1, history: vec!["https://quarry.example/search?q=a+b".into()], index: 0 });
        saved.active_tab = 1;
        saved.trail.push(Step { q: "who-runs-it".into(), action: Action::Search { words: "a b".into() } });
        saved.trail.push(Step { q: "who-runs-it".into(), action: Action::Answer });
        let text = encode("energy-grant", &saved).expect("fits");
        assert!(text.starts_with("{\"v\":1,\"id\":\"energy-grant\""), "{text}");
        assert_eq!(decode("energy-grant", &text), Some(saved));
    }

    #[test]
    fn a_long_history_is_trimmed_to_the_limit_keeping_the_page_on_show() {
        let saved = progress(400);
        let current = saved.address().map(str::to_owned);
        let text = encode("energy-grant", &saved).expect("fits once trimmed");
        assert!(length(&text) <= MAX_SUSPEND_DATA);
        assert!(length(&text) > MAX_SUSPEND_DATA - 200, "keeps as much history as fits");
        let read = decode("energy-grant", &text).expect("readable");
        assert_eq!(read.address().map(str::to_owned), current);
        assert_eq!((read.stage, read.activity, &read.answers), (saved.stage, saved.activity, &saved.answers));
    }

    #[test]
    fn tabs_and_trail_are_shortened_to_fit_keeping_the_page_on_show_and_the_latest_steps() {
        let saved = busy();
        let text = encode("energy-grant", &saved).expect("fits once shortened");
        assert!(length(&text) <= MAX_SUSPEND_DATA);
        assert!(length(&text) > MAX_SUSPEND_DATA - 200, "keeps as much as fits");
        let read = decode("energy-grant", &text).expect("readable");
        assert_eq!(read.address(), saved.address(), "the page on show");
        assert_eq!(read.active_tab, 3);
        assert_eq!((read.stage, read.activity, &read.answers), (saved.stage, saved.activity, &saved.answers));
        assert!(!read.trail.is_empty(), "some of the trail fits");
        assert_eq!(read.trail.last(), saved.trail.last(), "the latest steps are kept");
        let answers = |p: &LessonProgress| p.trail.iter().filter(|s| s.action == Action::Answer).count();
        assert_eq!(answers(&read), answers(&saved), "answers are the last steps to go");
    }

    #[test]
    fn non_ascii_counts_as_javascript_counts_it() {
        let mut saved = progress(0);
        saved.tabs = vec![Tab { id: 0, history: vec![format!("https://x.example/{}", "😀".repeat(2100))], index: 0 }];
        let text = encode("a", &saved).expect("fits without the tab");
        assert!(length(&text) <= MAX_SUSPEND_DATA);
        assert!(decode("a", &text).expect("readable").tabs.is_empty());
    }

    #[test]
    fn answers_that_cannot_fit_give_nothing_rather_than_a_cut_string() {
        let mut saved = progress(0);
        for i in 0..400 {
            saved.answers.insert(format!("activity-number-{i}"), Answer::Choice { option: i });
        }
        assert_eq!(encode("a", &saved), None);
    }

    #[test]
    fn foreign_damaged_or_other_lessons_data_is_ignored() {
        let text = encode("a", &progress(1)).expect("fits");
        assert_eq!(decode("b", &text), None);
        for junk in
            ["", "false", "{}", "{\"v\":2,\"id\":\"a\",\"p\":{}}", "viewed=1,2,3|slide=4", &text[..text.len() / 2]]
        {
            assert_eq!(decode("a", junk), None, "{junk}");
        }
    }

    #[test]
    fn suspend_data_from_before_tabs_resumes_with_its_history_in_one_tab() {
        let text = "{\"v\":1,\"id\":\"a\",\"p\":{\"stage\":\"investigating\",\"activity\":1,\"history\":[\"https://a.example/\",\"https://b.example/\"],\"history_index\":7}}";
        let read = decode("a", text).expect("readable");
        assert_eq!((read.stage, read.activity), (Stage::Investigating, 1));
        assert_eq!(read.tabs.len(), 1);
        assert_eq!(read.tabs[0].history.len(), 2);
        assert_eq!(read.address(), Some("https://b.example/"), "an out-of-range entry is clamped");
    }
}
