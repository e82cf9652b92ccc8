//! A learner's skills checks, as saved: for each track that has one, the seed
//! that deals the check's forms, and each sitting's pages with the learner's
//! ratings. When each sitting may be taken is decided here too. No web types,
//! so the rules are tested natively.
//!
//! A sitting keeps the address *and* the reliability of every page it showed,
//! so its figures never change after the fact, even if a later kit edits the
//! pool, and the records can be worked out from saved progress alone.

use std::collections::BTreeMap;

use lesson::{CheckResult, Sitting, SkillsCheck};
use serde::{Deserialize, Serialize};

use crate::calendar::CalendarDate;

/// How many days after the "after" sitting the "later" one falls due.
pub const DAYS_UNTIL_LATER: u32 = 7;

/// One track's skills check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackCheck {
    /// The skills check taken (the track names it; saved in case a later kit changes that).
    pub check: String,
    /// Deals this learner's forms (see `SkillsCheck::forms`): drawn at their
    /// first sitting, so every sitting shows pages no other one shows.
    pub seed: u64,
    #[serde(default)]
    pub sittings: BTreeMap<Sitting, SittingRecord>,
}

/// One sitting: the pages it shows, in order, and how far the learner is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SittingRecord {
    pub pages: Vec<RatedPage>,
    /// The page on show, counting from 0.
    #[serde(default)]
    pub on_page: usize,
    /// The day the learner rated the last page and saw the explanations;
    /// `None` while the sitting is under way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<CalendarDate>,
}

/// A page of a sitting and the learner's rating of it, 1 to 7, once given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RatedPage {
    pub page: String,
    pub reliable: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
}

impl SittingRecord {
    /// A new sitting of `check`: the pages the learner's `seed` deals it, not yet rated.
    pub fn dealt(check: &SkillsCheck, seed: u64, sitting: Sitting) -> SittingRecord {
        let pages = check
            .forms(seed)
            .of(sitting)
            .iter()
            .filter_map(|&i| check.items.get(i))
            .map(|item| RatedPage { page: item.page.to_string(), reliable: item.reliable, rating: None })
            .collect();
        SittingRecord { pages, on_page: 0, finished: None }
    }

    /// The sitting's figures, from the ratings given so far.
    pub fn result(&self) -> CheckResult {
        CheckResult::from_ratings(self.pages.iter().map(|page| (page.reliable, page.rating)))
    }

    pub fn all_rated(&self) -> bool {
        self.pages.iter().all(|page| page.rating.is_some())
    }

    /// Keeps the rating given to the page at `index` (if any) and moves to
    /// page `to`; moving past the last page finishes the sitting on `today`,
    /// but only once every page is rated.
    pub fn rate_and_move(&mut self, index: usize, rating: Option<u8>, to: usize, today: Option<CalendarDate>) {
        if let (Some(page), Some(value)) = (self.pages.get_mut(index), rating) {
            page.rating = Some(value);
        }
        if to < self.pages.len() {
            self.on_page = to;
        } else if self.all_rated() {
            self.finished = today;
        }
    }
}

/// Where a sitting stands for a learner, as the track page shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum SittingState {
    /// It can be taken now.
    Open,
    /// Begun and not finished: `rated` of `of` pages rated.
    UnderWay {
        rated: usize,
        of: usize,
    },
    Finished {
        on: CalendarDate,
        result: CheckResult,
    },
    /// The "after" sitting, before every lesson of the track is done.
    WaitsForTheLessons,
    /// The "later" sitting, before the "after" one is done.
    WaitsForAfter,
    /// The "later" sitting, a week after the "after" one: not before this day.
    DueOn(CalendarDate),
    /// The "before" sitting, once the learner has started the lessons
    /// without finishing it: it could no longer show where they started.
    Missed,
}

/// How far the learner is in the track's lessons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonsSoFar {
    pub started: bool,
    pub finished: bool,
}

impl SittingState {
    /// The state of `sitting`, from the track's check (if begun), the lessons
    /// and today's date (`None` if the device's clock gives none: then no
    /// later sitting falls due).
    pub fn of(
        check: Option<&TrackCheck>,
        sitting: Sitting,
        lessons: LessonsSoFar,
        today: Option<CalendarDate>,
    ) -> SittingState {
        let record = |sitting: Sitting| check.and_then(|check| check.sittings.get(&sitting));
        if let Some(record) = record(sitting) {
            if let Some(on) = record.finished {
                return SittingState::Finished { on, result: record.result() };
            }
        }
        let taken_so_far = || match record(sitting) {
            Some(record) => SittingState::UnderWay { rated: record.result().rated, of: record.pages.len() },
            None => SittingState::Open,
        };
        match sitting {
            Sitting::Before if lessons.started => SittingState::Missed,
            Sitting::Before => taken_so_far(),
            Sitting::After if !lessons.finished => SittingState::WaitsForTheLessons,
            Sitting::After => taken_so_far(),
            Sitting::Later => match record(Sitting::After).and_then(|after| after.finished) {
                None => SittingState::WaitsForAfter,
                Some(after) if today.is_none_or(|today| today < after.plus_days(DAYS_UNTIL_LATER)) => {
                    SittingState::DueOn(after.plus_days(DAYS_UNTIL_LATER))
                }
                Some(_) => taken_so_far(),
            },
        }
    }

    /// Whether the learner can take (or go on with) the sitting now.
    pub fn can_take(&self) -> bool {
        matches!(self, SittingState::Open | SittingState::UnderWay { .. })
    }

    /// What the track page says of it.
    pub fn words(&self) -> String {
        match self {
            SittingState::Open => "Not taken yet.".into(),
            SittingState::UnderWay { rated, of } => format!("Under way: {rated} of {of} pages rated."),
            SittingState::Finished { on, .. } => format!("Taken on {}.", on.words()),
            SittingState::WaitsForTheLessons => "Opens when you have finished every lesson in the track.".into(),
            SittingState::WaitsForAfter => format!(
                "Opens {DAYS_UNTIL_LATER} days after you take the check at the end of the track, to see what lasted."
            ),
            SittingState::DueOn(day) => {
                format!("Opens on {}, a week after your check at the end of the track.", day.words())
            }
            SittingState::Missed => {
                "Not taken: you started the lessons first, so it could no longer show where you began.".into()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const POOL: &str = include_str!("../../checks/everyday-sources.toml");

    fn check() -> SkillsCheck {
        lesson::parse_skills_check("checks/everyday-sources.toml", POOL).expect("the built-in check is valid")
    }

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse(text).expect("a date")
    }

    fn on(text: &str) -> Option<CalendarDate> {
        Some(day(text))
    }

    const FRESH: LessonsSoFar = LessonsSoFar { started: false, finished: false };
    const BEGUN: LessonsSoFar = LessonsSoFar { started: true, finished: false };
    const DONE: LessonsSoFar = LessonsSoFar { started: true, finished: true };

    fn taken(check: &SkillsCheck, seed: u64, sitting: Sitting, on: &str) -> SittingRecord {
        let mut record = SittingRecord::dealt(check, seed, sitting);
        for page in &mut record.pages {
            page.rating = Some(if page.reliable { 6 } else { 2 });
        }
        record.finished = Some(day(on));
        record
    }

    #[test]
    fn moving_past_the_last_page_finishes_a_sitting_only_once_every_page_is_rated() {
        let check = check();
        let mut record = SittingRecord::dealt(&check, 9, Sitting::Before);
        let last = record.pages.len() - 1;
        record.rate_and_move(0, Some(5), 1, on("2026-11-20"));
        assert_eq!((record.on_page, record.pages[0].rating), (1, Some(5)));
        // Back without a rating keeps the one given.
        record.rate_and_move(1, None, 0, on("2026-11-20"));
        assert_eq!((record.on_page, record.pages[1].rating), (0, None));
        record.rate_and_move(last, Some(2), last + 1, on("2026-11-20"));
        assert_eq!(record.finished, None, "pages 2 to {last} are not rated yet");
        for index in 1..last {
            record.rate_and_move(index, Some(3), index + 1, on("2026-11-20"));
        }
        record.rate_and_move(last, Some(2), last + 1, on("2026-11-21"));
        assert_eq!(record.finished, on("2026-11-21"));
        assert!(record.all_rated());
    }

    #[test]
    fn a_sitting_shows_its_own_form_with_each_pages_reliability() {
        let check = check();
        let record = SittingRecord::dealt(&check, 9, Sitting::Before);
        let form = check.forms(9);
        assert_eq!(record.pages.len(), 8);
        for (page, &item) in record.pages.iter().zip(form.of(Sitting::Before)) {
            assert_eq!(page.page, check.items[item].page.to_string());
            assert_eq!(page.reliable, check.items[item].reliable);
            assert_eq!(page.rating, None);
        }
        assert!(!record.all_rated());
        let after = SittingRecord::dealt(&check, 9, Sitting::After);
        assert!(after.pages.iter().all(|page| !record.pages.iter().any(|p| p.page == page.page)));
    }

    #[test]
    fn a_sittings_figures_come_from_its_saved_ratings() {
        let check = check();
        let record = taken(&check, 3, Sitting::After, "2026-11-27");
        let result = record.result();
        assert_eq!((result.discernment, result.mean_trust, result.rated, result.of), (Some(4.0), Some(4.0), 8, 8));
        // The same figures the check itself gives for the same ratings.
        let form = check.forms(3);
        let rating_of = |item: &lesson::CheckItem| Some(if item.reliable { 6 } else { 2 });
        assert_eq!(check.result(form.of(Sitting::After), rating_of), result);
    }

    #[test]
    fn before_is_open_until_the_lessons_start() {
        let today = on("2026-11-27");
        assert_eq!(SittingState::of(None, Sitting::Before, FRESH, today), SittingState::Open);
        assert_eq!(SittingState::of(None, Sitting::Before, BEGUN, today), SittingState::Missed);
        let check = check();
        let mut track = TrackCheck { check: check.id.clone(), seed: 1, sittings: BTreeMap::new() };
        let mut record = SittingRecord::dealt(&check, 1, Sitting::Before);
        record.pages[0].rating = Some(5);
        track.sittings.insert(Sitting::Before, record);
        assert_eq!(
            SittingState::of(Some(&track), Sitting::Before, FRESH, today),
            SittingState::UnderWay { rated: 1, of: 8 }
        );
        assert_eq!(SittingState::of(Some(&track), Sitting::Before, BEGUN, today), SittingState::Missed);
        track.sittings.insert(Sitting::Before, taken(&check, 1, Sitting::Before, "2026-11-20"));
        let state = SittingState::of(Some(&track), Sitting::Before, DONE, today);
        assert!(matches!(state, SittingState::Finished { on, .. } if on == day("2026-11-20")), "{state:?}");
        assert_eq!(state.words(), "Taken on 20 November 2026.");
    }

    #[test]
    fn after_waits_for_the_lessons_and_later_for_a_week_after_it() {
        let check = check();
        let today = on("2026-11-27");
        let mut track = TrackCheck { check: check.id.clone(), seed: 4, sittings: BTreeMap::new() };
        assert_eq!(SittingState::of(Some(&track), Sitting::After, BEGUN, today), SittingState::WaitsForTheLessons);
        assert_eq!(SittingState::of(Some(&track), Sitting::After, DONE, today), SittingState::Open);
        assert_eq!(SittingState::of(Some(&track), Sitting::Later, DONE, today), SittingState::WaitsForAfter);

        track.sittings.insert(Sitting::After, taken(&check, 4, Sitting::After, "2026-11-27"));
        let due = SittingState::of(Some(&track), Sitting::Later, DONE, today);
        assert_eq!(due, SittingState::DueOn(day("2026-12-04")));
        assert_eq!(due.words(), "Opens on 4 December 2026, a week after your check at the end of the track.");
        assert!(!due.can_take());
        assert_eq!(SittingState::of(Some(&track), Sitting::Later, DONE, on("2026-12-03")), due);
        let open = SittingState::of(Some(&track), Sitting::Later, DONE, on("2026-12-04"));
        assert_eq!(open, SittingState::Open);
        assert!(open.can_take());
        // A device with no usable date never offers it.
        assert_eq!(SittingState::of(Some(&track), Sitting::Later, DONE, None), due);
    }

    #[test]
    fn a_saved_check_reads_back_and_old_progress_has_none() {
        let check = check();
        let mut track = TrackCheck { check: check.id.clone(), seed: 77, sittings: BTreeMap::new() };
        track.sittings.insert(Sitting::Before, taken(&check, 77, Sitting::Before, "2026-11-20"));
        track.sittings.insert(Sitting::After, SittingRecord::dealt(&check, 77, Sitting::After));
        let json = serde_json::to_string(&track).expect("writes");
        assert!(json.contains("\"before\":{\"pages\":[{\"page\":\"https://"), "{json}");
        assert!(json.contains("\"finished\":\"2026-11-20\""), "{json}");
        assert_eq!(serde_json::from_str::<TrackCheck>(&json).expect("reads"), track);
    }
}
