//! A learner's records: what they have done in each track and lesson, worked
//! out from their saved progress; the files they can download (JSON and CSV),
//! restoring progress from such a file, and certificates with a verification
//! code. Plain Rust, no web types, so every rule here is tested natively; the
//! screens are in `ui/records_page.rs` and `ui/certificate_page.rs`.

pub mod certificate;
pub mod csv;
pub mod export;
pub mod restore;

use std::sync::Arc;

use lesson::{CheckResult, Lesson, Score, Sitting, Track};
use serde::Serialize;

use crate::calendar::CalendarDate;
use crate::progress::{LessonProgress, SavedProgress, TrackCheck};

/// Where a learner is in a lesson, as records show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    InProgress,
    /// The learner reached the debrief: the lesson counts as done.
    Finished,
}

impl Status {
    fn of(progress: Option<&LessonProgress>) -> Status {
        match progress {
            None => Status::NotStarted,
            Some(progress) if progress.is_finished() => Status::Finished,
            Some(_) => Status::InProgress,
        }
    }

    /// As written in the CSV and JSON files: "not-started", "in-progress", "finished".
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Finished => "finished",
        }
    }
}

/// One lesson's record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LessonRecord {
    pub id: String,
    /// The lesson's title; its id if this kit does not have the lesson.
    pub title: String,
    pub status: Status,
    /// Points earned out of points possible, once the lesson is finished
    /// (the lesson's own scoring, as its debrief shows it).
    #[serde(serialize_with = "score_or_null")]
    pub score: Option<Score>,
    /// False for progress in a lesson this kit does not have (an imported
    /// lesson since removed, say): kept, but it cannot be scored here.
    pub in_this_kit: bool,
    /// The day the lesson was finished, if the kit noted it (progress from
    /// before it did has none).
    pub finished_on: Option<CalendarDate>,
    /// For a lesson with a suspicious message to report: whether the learner
    /// reported it (`None`: nothing to report, or not dealt with yet).
    pub reported: Option<bool>,
}

fn score_or_null<S: serde::Serializer>(score: &Option<Score>, serializer: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Points {
        earned: u32,
        possible: u32,
    }
    score.map(|s| Points { earned: s.earned, possible: s.possible }).serialize(serializer)
}

/// One track's record: its lessons in its order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TrackRecord {
    pub id: String,
    pub title: String,
    /// Lessons finished, of `total`.
    pub done: usize,
    pub total: usize,
    pub lessons: Vec<LessonRecord>,
    /// The track's skills-check sittings the learner has finished, in the
    /// order they come (before, after, a week later).
    pub skills_check: Vec<SittingResult>,
}

/// A finished sitting of a track's skills check and its figures (see
/// `lesson::CheckResult`: discernment, and mean trust, the scepticism figure).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SittingResult {
    pub sitting: Sitting,
    pub taken_on: CalendarDate,
    #[serde(flatten)]
    pub result: CheckResult,
}

impl SittingResult {
    /// The finished sittings of a track's check, in order.
    pub fn all_of(check: Option<&TrackCheck>) -> Vec<SittingResult> {
        let sittings = check.into_iter().flat_map(|check| &check.sittings);
        sittings
            .filter_map(|(&sitting, record)| {
                Some(SittingResult { sitting, taken_on: record.finished?, result: record.result() })
            })
            .collect()
    }
}

impl TrackRecord {
    pub fn is_finished(&self) -> bool {
        self.done == self.total
    }

    /// The day the track was finished: the day its last lesson was, if the
    /// kit noted the day of every one.
    pub fn finished_on(&self) -> Option<CalendarDate> {
        if !self.is_finished() {
            return None;
        }
        self.lessons.iter().map(|lesson| lesson.finished_on).collect::<Option<Vec<_>>>()?.into_iter().max()
    }

    /// Every lesson's points added up, once the track is finished.
    pub fn overall(&self) -> Option<Score> {
        self.lessons.iter().try_fold(Score::default(), |sum, lesson| {
            let score = lesson.score?;
            Some(Score { earned: sum.earned + score.earned, possible: sum.possible + score.possible })
        })
    }
}

/// Everything the records page shows and the files hold.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Records {
    pub tracks: Vec<TrackRecord>,
    /// Lessons in no track, in the kit's order, then progress in lessons this
    /// kit does not have.
    pub other_lessons: Vec<LessonRecord>,
}

impl Records {
    /// The records of `saved` progress over the kit's lessons and tracks.
    pub fn build(lessons: &[Arc<Lesson>], tracks: &[Arc<Track>], saved: &SavedProgress) -> Records {
        let record = |lesson: &Lesson| {
            let progress = saved.lessons.get(&lesson.id);
            let status = Status::of(progress);
            let score = progress.filter(|_| status == Status::Finished).map(|p| p.score(lesson));
            let reported = progress.and_then(|p| {
                let attempt = p.attempt(lesson);
                crate::progress::report::reported(attempt.activities().iter().copied(), |id| p.answers.get(id).cloned())
            });
            LessonRecord {
                id: lesson.id.clone(),
                title: lesson.title.clone(),
                status,
                score,
                in_this_kit: true,
                finished_on: progress.filter(|_| status == Status::Finished).and_then(|p| p.finished),
                reported,
            }
        };
        let find = |id: &str| lessons.iter().find(|lesson| lesson.id == id);
        let tracks: Vec<TrackRecord> = tracks
            .iter()
            .map(|track| {
                let progress = track.progress(|id| Status::of(saved.lessons.get(id)) == Status::Finished);
                TrackRecord {
                    id: track.id.clone(),
                    title: track.title.clone(),
                    done: progress.done,
                    total: progress.total,
                    lessons: track.lessons.iter().filter_map(|id| find(id)).map(|lesson| record(lesson)).collect(),
                    skills_check: SittingResult::all_of(saved.skills_checks.get(&track.id)),
                }
            })
            .collect();
        let in_a_track = |id: &str| tracks.iter().any(|track| track.lessons.iter().any(|l| l.id == id));
        let mut other_lessons: Vec<LessonRecord> =
            lessons.iter().filter(|lesson| !in_a_track(&lesson.id)).map(|lesson| record(lesson)).collect();
        other_lessons.extend(saved.lessons.iter().filter(|(id, _)| find(id).is_none()).map(|(id, progress)| {
            LessonRecord {
                id: id.clone(),
                title: id.clone(),
                status: Status::of(Some(progress)),
                score: None,
                in_this_kit: false,
                finished_on: progress.finished,
                reported: None,
            }
        }));
        Records { tracks, other_lessons }
    }

    pub fn track(&self, id: &str) -> Option<&TrackRecord> {
        self.tracks.iter().find(|track| track.id == id)
    }

    /// Whether the learner has started anything at all.
    pub fn is_empty(&self) -> bool {
        self.tracks.iter().flat_map(|t| &t.lessons).chain(&self.other_lessons).all(|l| l.status == Status::NotStarted)
            && self.tracks.iter().all(|t| t.skills_check.is_empty())
    }
}

/// The score as a whole percentage, rounded down (so 99.6% is never shown as
/// a full mark); `None` for a lesson with no scored questions.
pub fn percent(score: Score) -> Option<u32> {
    (score.possible > 0).then(|| (u64::from(score.earned) * 100 / u64::from(score.possible)) as u32)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::catalogue::{BUILT_IN_LESSONS, BUILT_IN_TRACKS};
    use crate::progress::{LessonProgress, Stage};
    use lesson::{ActivityKind, Answer};

    /// The kit's own lessons and tracks, as the app reads them.
    pub(crate) fn kit() -> (Vec<Arc<Lesson>>, Vec<Arc<Track>>) {
        let lessons: Vec<Arc<Lesson>> = BUILT_IN_LESSONS
            .iter()
            .map(|f| Arc::new(lesson::compact::decode(f.data).expect("built-in lessons read back")))
            .collect();
        let ids = lesson::BuiltInIds {
            lessons: lessons.iter().map(|l| l.id.clone()).collect(),
            skills_checks: crate::catalogue::BUILT_IN_CHECK_IDS.iter().map(|id| (*id).to_owned()).collect(),
        };
        let files: Vec<(&str, &str)> = BUILT_IN_TRACKS.iter().map(|f| (f.file, f.source)).collect();
        let tracks = lesson::parse_tracks(&files, &ids)
            .into_iter()
            .map(|t| Arc::new(t.expect("built-in tracks are valid")))
            .collect();
        (lessons, tracks)
    }

    /// A lesson answered with the first option (or lowest rating, or the
    /// first of everything) everywhere, at `stage`: some right, some wrong,
    /// as the lesson's data has it; at the debrief, finished on 20 November 2026.
    pub(crate) fn answered(lesson: &Lesson, stage: Stage) -> LessonProgress {
        let finished = CalendarDate::parse("2026-11-20").filter(|_| stage == Stage::Debrief);
        let mut progress = LessonProgress { stage, finished, ..Default::default() };
        for activity in &lesson.activities {
            let answer = match &activity.kind {
                ActivityKind::SingleChoice { .. } | ActivityKind::FindIt { .. } => Answer::Choice { option: 0 },
                ActivityKind::MultipleChoice { .. } => Answer::Choices { options: vec![0] },
                ActivityKind::TrueFalse { .. } => Answer::TrueFalse { value: true },
                ActivityKind::TrustRating { .. } => Answer::Rating { value: 1 },
                ActivityKind::SpotTheClue { elements } => Answer::Spotted { blocks: vec![elements[0].key()] },
                ActivityKind::PutInOrder { steps, .. } => Answer::Order { steps: (0..steps.len()).rev().collect() },
                ActivityKind::Reflection { .. } => Answer::Reflection { text: "Check who runs it.".into() },
                ActivityKind::Report { .. } => Answer::Report { reported: false, clicked: true, entered: false },
            };
            progress.answers.insert(activity.id.clone(), answer);
        }
        progress
    }

    /// `some_progress` exported as a records file, with the progress it holds.
    pub(crate) fn exported() -> (String, SavedProgress) {
        let (lessons, tracks) = kit();
        let saved = some_progress(&lessons, &tracks);
        let records = Records::build(&lessons, &tracks, &saved);
        (export::to_json(&records, &saved, "2025-03-12T14:03:00.000Z"), saved)
    }

    /// A track's skills check with one finished sitting, taken on `day`
    /// (ISO): every reliable page rated 6 and every unreliable one 2.
    pub(crate) fn a_finished_sitting(sitting: Sitting, day: &str) -> TrackCheck {
        let file = &crate::catalogue::BUILT_IN_CHECKS[0];
        let check = lesson::parse_skills_check(file.file, file.source).expect("built-in checks are valid");
        let mut record = crate::progress::SittingRecord::dealt(&check, 5, sitting);
        for page in &mut record.pages {
            page.rating = Some(if page.reliable { 6 } else { 2 });
        }
        record.finished = CalendarDate::parse(day);
        TrackCheck { check: check.id, seed: 5, sittings: [(sitting, record)].into() }
    }

    /// The first track's first lesson finished, its second (if any) begun, its
    /// skills check taken before, and progress in a lesson this kit does not have.
    pub(crate) fn some_progress(lessons: &[Arc<Lesson>], tracks: &[Arc<Track>]) -> SavedProgress {
        let mut saved = SavedProgress::default();
        let track = &tracks[0];
        let first = lessons.iter().find(|l| l.id == track.lessons[0]).expect("a lesson");
        saved.lessons.insert(first.id.clone(), answered(first, Stage::Debrief));
        if let Some(second) = track.lessons.get(1) {
            saved.lessons.insert(second.clone(), LessonProgress { stage: Stage::Investigating, ..Default::default() });
        }
        saved.lessons.insert("removed-lesson".into(), LessonProgress { stage: Stage::Debrief, ..Default::default() });
        saved.skills_checks.insert(track.id.clone(), a_finished_sitting(Sitting::Before, "2026-11-20"));
        saved
    }

    #[test]
    fn nothing_done_is_every_lesson_not_started() {
        let (lessons, tracks) = kit();
        let records = Records::build(&lessons, &tracks, &SavedProgress::default());
        assert!(records.is_empty());
        assert_eq!(records.tracks.len(), tracks.len());
        for (record, track) in records.tracks.iter().zip(&tracks) {
            assert_eq!(
                record.lessons.iter().map(|l| &l.id).collect::<Vec<_>>(),
                track.lessons.iter().collect::<Vec<_>>()
            );
            assert_eq!((record.done, record.total), (0, track.lessons.len()));
            assert!(record.lessons.iter().all(|l| l.status == Status::NotStarted && l.score.is_none()));
        }
    }

    #[test]
    fn a_finished_lesson_has_the_score_its_debrief_shows() {
        let (lessons, tracks) = kit();
        let saved = some_progress(&lessons, &tracks);
        let records = Records::build(&lessons, &tracks, &saved);
        let track = &records.tracks[0];
        let first = &track.lessons[0];
        let lesson = lessons.iter().find(|l| l.id == first.id).expect("a lesson");
        assert_eq!(first.status, Status::Finished);
        assert_eq!(
            first.score,
            Some(saved.lessons[&lesson.id].attempt(lesson).score(|id| saved.lessons[&lesson.id].answers.get(id)))
        );
        assert_eq!(track.done, 1);
        if let Some(second) = track.lessons.get(1) {
            assert_eq!((second.status, second.score), (Status::InProgress, None));
            assert!(!track.is_finished() && track.overall().is_none());
        }
        assert!(!records.is_empty());
        let removed = records.other_lessons.iter().find(|l| l.id == "removed-lesson").expect("kept");
        assert_eq!((removed.status, removed.score, removed.in_this_kit), (Status::Finished, None, false));
    }

    #[test]
    fn a_finished_track_adds_up_its_lessons() {
        let (lessons, tracks) = kit();
        let track = &tracks[0];
        let mut saved = SavedProgress::default();
        for id in &track.lessons {
            let lesson = lessons.iter().find(|l| &l.id == id).expect("a lesson");
            saved.lessons.insert(id.clone(), answered(lesson, Stage::Debrief));
        }
        let records = Records::build(&lessons, &tracks, &saved);
        let record = records.track(&track.id).expect("the track");
        assert!(record.is_finished());
        let overall = record.overall().expect("every lesson scored");
        assert_eq!(record.finished_on(), CalendarDate::parse("2026-11-20"));
        // One lesson finished on a later day: the track was finished that day.
        let last = track.lessons.last().expect("a lesson");
        saved.lessons.get_mut(last).expect("its progress").finished = CalendarDate::parse("2026-11-26");
        let records = Records::build(&lessons, &tracks, &saved);
        let record = records.track(&track.id).expect("the track");
        assert_eq!(record.finished_on(), CalendarDate::parse("2026-11-26"));
        assert_eq!(record.lessons.last().and_then(|l| l.finished_on), CalendarDate::parse("2026-11-26"));
        // Progress from before the kit noted the day: no day for the track.
        saved.lessons.get_mut(last).expect("its progress").finished = None;
        let records = Records::build(&lessons, &tracks, &saved);
        assert_eq!(records.track(&track.id).and_then(TrackRecord::finished_on), None);
        let sum: u32 = record.lessons.iter().map(|l| l.score.map_or(0, |s| s.possible)).sum();
        assert_eq!(overall.possible, sum);
    }

    #[test]
    fn a_tracks_finished_sittings_are_in_its_record_with_their_figures() {
        let (lessons, tracks) = kit();
        let mut saved = SavedProgress::default();
        assert!(Records::build(&lessons, &tracks, &saved).is_empty());
        let mut check = a_finished_sitting(Sitting::Before, "2026-11-20");
        let mut under_way = check.sittings[&Sitting::Before].clone();
        under_way.finished = None;
        check.sittings.insert(Sitting::After, under_way);
        saved.skills_checks.insert(tracks[0].id.clone(), check);
        let records = Records::build(&lessons, &tracks, &saved);
        assert!(!records.is_empty());
        let sittings = &records.tracks[0].skills_check;
        // The sitting under way is not a result yet.
        assert_eq!(sittings.len(), 1, "{sittings:?}");
        assert_eq!((sittings[0].sitting, sittings[0].taken_on.iso()), (Sitting::Before, "2026-11-20".into()));
        assert_eq!((sittings[0].result.discernment, sittings[0].result.mean_trust), (Some(4.0), Some(4.0)));
        assert!(records.tracks[1..].iter().all(|t| t.skills_check.is_empty()));
    }

    #[test]
    fn percentages_round_down() {
        assert_eq!(percent(Score { earned: 3, possible: 4 }), Some(75));
        assert_eq!(percent(Score { earned: 2, possible: 3 }), Some(66));
        assert_eq!(percent(Score { earned: 0, possible: 0 }), None);
    }
}
