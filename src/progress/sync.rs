//! Progress from two windows of the kit, merged so that no answer is lost
//! (see `storage::merge` for when this runs). Lessons and skills checks are
//! merged one by one: what one window did is kept whole; where both worked
//! on the same lesson, every answer of either is kept, the furthest stage
//! counts, and the investigation trails are joined. What a window only shows
//! (the question on show, its browser tabs, the page of a sitting) stays as
//! that window has it.

use std::collections::BTreeMap;

use super::skills::{SittingRecord, TrackCheck};
use super::trail::{Step, MAX_STEPS};
use super::{LessonProgress, SavedProgress, Stage};
use crate::storage::merge::{entry, keyed};

/// `mine` (this window's) and `theirs` (stored by another window), both
/// changed from `base`, as one.
pub fn merge(base: &SavedProgress, mine: SavedProgress, theirs: SavedProgress) -> SavedProgress {
    let SavedProgress { format, lessons, skills_checks } = mine;
    let lessons = keyed(&base.lessons, lessons, theirs.lessons, |b, m, t| {
        let view = m.clone();
        let merged = entry(b, m, t, LessonProgress::same_work, LessonProgress::combined_with)?;
        // Another window's work, seen here: this window keeps its own place in it.
        Some(match view {
            Some(view) => merged.with_view_of(&view),
            None => merged,
        })
    });
    let skills_checks = keyed(&base.skills_checks, skills_checks, theirs.skills_checks, |b, m, t| {
        entry(b, m, t, |x, y| x == y, TrackCheck::combined_with)
    });
    SavedProgress { format, lessons, skills_checks }
}

impl LessonProgress {
    /// The same answers, stage, trail and tries, whatever each window shows.
    fn same_work(&self, other: &LessonProgress) -> bool {
        self.clone().with_view_of(&LessonProgress::default()) == other.clone().with_view_of(&LessonProgress::default())
    }

    /// This progress, showing what `view` shows: its question, tabs and active tab.
    fn with_view_of(mut self, view: &LessonProgress) -> LessonProgress {
        self.activity = view.activity;
        self.tabs = view.tabs.clone();
        self.active_tab = view.active_tab;
        self
    }

    /// Two windows' work on one lesson. An activity answered in both keeps
    /// this window's answer (the later one, as far as this window knows).
    fn combined_with(self, theirs: LessonProgress) -> LessonProgress {
        let mut answers = theirs.answers;
        answers.extend(self.answers);
        let mut tries = theirs.tries;
        for (id, count) in self.tries {
            let most = tries.get(&id).map_or(count, |&other| other.max(count));
            tries.insert(id, most);
        }
        LessonProgress {
            stage: furthest(self.stage, theirs.stage),
            answers,
            tries,
            trail: joined(theirs.trail, self.trail),
            // The seed already stored deals the attempt both windows show after a reload.
            seed: theirs.seed.or(self.seed),
            finished: match (self.finished, theirs.finished) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
            ..self
        }
    }
}

fn furthest(a: Stage, b: Stage) -> Stage {
    let rank = |stage| match stage {
        Stage::Briefing => 0,
        Stage::Investigating => 1,
        Stage::Debrief => 2,
    };
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

/// Two trails that began the same: the steps they share, then theirs, then
/// this window's; the newest steps are kept if that is too many.
fn joined(theirs: Vec<Step>, mine: Vec<Step>) -> Vec<Step> {
    let shared = theirs.iter().zip(&mine).take_while(|(a, b)| a == b).count();
    let mut trail = theirs;
    trail.extend(mine.into_iter().skip(shared));
    let over = trail.len().saturating_sub(MAX_STEPS);
    trail.drain(..over);
    trail
}

impl TrackCheck {
    /// Two windows' sittings of one check: each sitting merged page by page.
    fn combined_with(self, theirs: TrackCheck) -> TrackCheck {
        let mut sittings: BTreeMap<_, _> = theirs.sittings;
        for (sitting, record) in self.sittings {
            let merged = match sittings.remove(&sitting) {
                Some(other) => record.combined_with(other),
                None => record,
            };
            sittings.insert(sitting, merged);
        }
        TrackCheck { check: self.check, seed: theirs.seed, sittings }
    }
}

impl SittingRecord {
    /// The same sitting rated in two windows: every rating of either (this
    /// window's where both rated a page), finished on the earlier day.
    fn combined_with(mut self, theirs: SittingRecord) -> SittingRecord {
        let same_pages = self.pages.len() == theirs.pages.len()
            && self.pages.iter().zip(&theirs.pages).all(|(a, b)| a.page == b.page);
        if !same_pages {
            // Dealt differently: the one with more ratings is the one the learner worked in.
            let rated = |r: &SittingRecord| r.pages.iter().filter(|p| p.rating.is_some()).count();
            return if rated(&theirs) > rated(&self) { theirs } else { self };
        }
        for (page, other) in self.pages.iter_mut().zip(theirs.pages) {
            page.rating = page.rating.or(other.rating);
        }
        self.finished = match (self.finished, theirs.finished) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarDate;
    use crate::progress::trail::Action;
    use crate::progress::Tab;
    use lesson::Answer;

    fn answered(pairs: &[(&str, u8)]) -> LessonProgress {
        let mut lesson = LessonProgress { stage: Stage::Investigating, seed: Some(7), ..Default::default() };
        for (id, value) in pairs {
            lesson.answers.insert((*id).to_owned(), Answer::Rating { value: *value });
            lesson.tries.insert((*id).to_owned(), 1);
        }
        lesson
    }

    fn progress(lessons: &[(&str, LessonProgress)]) -> SavedProgress {
        SavedProgress {
            lessons: lessons.iter().map(|(id, l)| ((*id).to_owned(), l.clone())).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn answers_to_different_lessons_in_two_windows_are_all_kept() {
        let base = progress(&[]);
        let mine = progress(&[("a", answered(&[("q1", 2)]))]);
        let theirs = progress(&[("b", answered(&[("q1", 6)]))]);
        let merged = merge(&base, mine, theirs);
        assert_eq!(merged.lessons.len(), 2);
        assert_eq!(merged.lessons["a"].answers.len(), 1);
        assert_eq!(merged.lessons["b"].answers.len(), 1);
    }

    #[test]
    fn answers_to_the_same_lesson_in_two_windows_are_all_kept_and_each_window_keeps_its_place() {
        let base = progress(&[("a", answered(&[("q1", 2)]))]);
        let mut mine = answered(&[("q1", 2), ("q2", 5)]);
        mine.activity = 1;
        mine.tabs = vec![Tab { id: 0, history: vec!["https://a.example/".into()], index: 0 }];
        let mut theirs = answered(&[("q1", 2), ("q3", 1)]);
        theirs.activity = 2;
        theirs.stage = Stage::Debrief;
        theirs.finished = CalendarDate::parse("2026-12-07");
        let merged = merge(&base, progress(&[("a", mine.clone())]), progress(&[("a", theirs)]));
        let lesson = &merged.lessons["a"];
        assert_eq!(lesson.answers.keys().collect::<Vec<_>>(), ["q1", "q2", "q3"]);
        assert_eq!((lesson.stage, lesson.finished), (Stage::Debrief, CalendarDate::parse("2026-12-07")));
        assert_eq!((lesson.activity, &lesson.tabs), (1, &mine.tabs), "this window's place");
    }

    #[test]
    fn work_done_only_in_the_other_window_is_taken_with_this_windows_place() {
        let base = progress(&[("a", answered(&[("q1", 2)]))]);
        let mut mine = answered(&[("q1", 2)]);
        mine.activity = 3;
        let theirs = answered(&[("q1", 2), ("q2", 4)]);
        let merged = merge(&base, progress(&[("a", mine)]), progress(&[("a", theirs)]));
        assert_eq!(merged.lessons["a"].answers.len(), 2);
        assert_eq!(merged.lessons["a"].activity, 3);
    }

    #[test]
    fn a_lesson_restarted_here_stays_restarted_unless_the_other_window_worked_on_it() {
        let base = progress(&[("a", answered(&[("q1", 2)]))]);
        let restarted = merge(&base, progress(&[]), base.clone());
        assert!(restarted.lessons.is_empty());
        let worked_on = merge(&base, progress(&[]), progress(&[("a", answered(&[("q1", 2), ("q2", 3)]))]));
        assert_eq!(worked_on.lessons["a"].answers.len(), 2, "nothing the other window did is lost");
    }

    #[test]
    fn trails_that_began_the_same_are_joined_without_repeating_the_shared_steps() {
        let step = |q: &str| Step { q: q.to_owned(), action: Action::Answer };
        let merged = joined(vec![step("a"), step("b"), step("t")], vec![step("a"), step("b"), step("m")]);
        assert_eq!(merged, [step("a"), step("b"), step("t"), step("m")]);
        let long = joined((0..MAX_STEPS).map(|i| step(&format!("t{i}"))).collect(), vec![step("m")]);
        assert_eq!((long.len(), long.last()), (MAX_STEPS, Some(&step("m"))));
    }
}
