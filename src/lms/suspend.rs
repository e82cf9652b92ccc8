//! A learner's place in one lesson as SCORM 1.2 `cmi.suspend_data`: compact
//! JSON, at most 4,096 characters. Plain Rust, no web types, tested natively.

use serde::{Deserialize, Serialize};

use crate::progress::LessonProgress;

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

fn length(text: &str) -> usize {
    text.encode_utf16().count()
}

/// The suspend data for a lesson's progress. If it would be too long, the
/// simulated browser's history is trimmed (oldest first, keeping the page on
/// show), then dropped; the stage, question and answers are always kept.
/// `None` only if even those do not fit.
pub fn encode(lesson_id: &str, progress: &LessonProgress) -> Option<String> {
    let mut progress = progress.clone();
    loop {
        let envelope = Envelope { v: VERSION, id: lesson_id.to_owned(), p: progress };
        let text = serde_json::to_string(&envelope).ok()?;
        if length(&text) <= MAX_SUSPEND_DATA {
            return Some(text);
        }
        progress = envelope.p;
        if progress.history.len() > 1 {
            if progress.history_index > 0 {
                progress.history.remove(0);
                progress.history_index -= 1;
            } else {
                progress.history.pop();
            }
        } else if !progress.history.is_empty() {
            progress.history.clear();
            progress.history_index = 0;
        } else {
            return None;
        }
    }
}

/// Reads suspend data written by [`encode`] for this lesson; anything else
/// (empty, foreign, damaged, another lesson's) gives `None`.
pub fn decode(lesson_id: &str, text: &str) -> Option<LessonProgress> {
    let envelope: Envelope = serde_json::from_str(text).ok()?;
    if envelope.v != VERSION || envelope.id != lesson_id {
        return None;
    }
    let mut progress = envelope.p;
    if progress.history_index >= progress.history.len() {
        progress.history_index = progress.history.len().saturating_sub(1);
    }
    Some(progress)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Stage;
    use lesson::Answer;

    fn progress(pages: usize) -> LessonProgress {
        let mut progress = LessonProgress { stage: Stage::Investigating, activity: 2, ..Default::default() };
        progress.answers.insert("who-runs-it".into(), Answer::Choice { option: 1 });
        progress.answers.insert("first-impression".into(), Answer::Rating { value: 6 });
        progress.history = (0..pages).map(|i| format!("https://a-long-mock-domain.example/page/{i}")).collect();
        progress.history_index = pages.saturating_sub(2);
        progress
    }

    #[test]
    fn round_trips_a_lesson_in_progress() {
        let saved = progress(3);
        let text = encode("energy-grant", &saved).expect("fits");
        assert!(text.starts_with("{\"v\":1,\"id\":\"energy-grant\""), "{text}");
        assert_eq!(decode("energy-grant", &text), Some(saved));
    }

    #[test]
    fn a_long_history_is_trimmed_to_the_limit_keeping_the_page_on_show() {
        let saved = progress(400);
        let current = saved.history[saved.history_index].clone();
        let text = encode("energy-grant", &saved).expect("fits once trimmed");
        assert!(length(&text) <= MAX_SUSPEND_DATA);
        assert!(length(&text) > MAX_SUSPEND_DATA - 200, "keeps as much history as fits");
        let read = decode("energy-grant", &text).expect("readable");
        assert_eq!(read.history[read.history_index], current);
        assert_eq!((read.stage, read.activity, &read.answers), (saved.stage, saved.activity, &saved.answers));
    }

    #[test]
    fn non_ascii_counts_as_javascript_counts_it() {
        let mut saved = progress(0);
        saved.history = vec![format!("https://x.example/{}", "😀".repeat(2100))];
        let text = encode("a", &saved).expect("fits without the history");
        assert!(length(&text) <= MAX_SUSPEND_DATA);
        assert!(decode("a", &text).expect("readable").history.is_empty());
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
    fn an_out_of_range_history_entry_is_clamped() {
        let text = "{\"v\":1,\"id\":\"a\",\"p\":{\"stage\":\"investigating\",\"history\":[\"https://a.example/\"],\"history_index\":7}}";
        assert_eq!(decode("a", text).expect("readable").history_index, 0);
    }
}
