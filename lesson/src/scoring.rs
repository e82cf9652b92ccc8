//! Answers, feedback and the lesson score. Pure arithmetic on the model.

use serde::{Deserialize, Serialize};

use crate::model::{Activity, ActivityKind, Lesson};

pub const RATING_MIN: u8 = 1;
pub const RATING_MAX: u8 = 7;

/// What a learner answered to one activity. Saved in their progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Answer {
    /// The index of the chosen option.
    Choice { option: usize },
    /// A trust rating from 1 to 7.
    Rating { value: u8 },
}

/// How well an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// An unscored activity (a first impression): feedback, no judgement.
    Noted,
    Good,
    /// A cautious middle rating: not wrong, not yet a decision.
    Partly,
    NotQuite,
}

/// The feedback and points an answer earns.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome<'a> {
    pub verdict: Verdict,
    pub points: u32,
    /// Markdown.
    pub feedback: &'a str,
}

impl Activity {
    /// Assesses an answer, or returns `None` if the answer does not fit this
    /// activity (saved progress from an older version of the lesson, say).
    pub fn assess(&self, answer: &Answer) -> Option<Outcome<'_>> {
        let outcome = self.judge(answer)?;
        Some(if self.scored { outcome } else { Outcome { verdict: Verdict::Noted, points: 0, ..outcome } })
    }

    fn judge(&self, answer: &Answer) -> Option<Outcome<'_>> {
        match (&self.kind, answer) {
            (ActivityKind::SingleChoice { options }, Answer::Choice { option }) => {
                let option = options.get(*option)?;
                let verdict = if option.correct { Verdict::Good } else { Verdict::NotQuite };
                Some(Outcome { verdict, points: u32::from(option.correct), feedback: &option.feedback })
            }
            (ActivityKind::TrustRating { reliable, feedback }, Answer::Rating { value }) => {
                let (band_feedback, trusting) = match *value {
                    RATING_MIN..=3 => (&feedback.low, Some(false)),
                    4 => (&feedback.middle, None),
                    5..=RATING_MAX => (&feedback.high, Some(true)),
                    _ => return None,
                };
                let verdict = match trusting {
                    None => Verdict::Partly,
                    Some(trusting) if trusting == *reliable => Verdict::Good,
                    Some(_) => Verdict::NotQuite,
                };
                Some(Outcome { verdict, points: u32::from(verdict == Verdict::Good), feedback: band_feedback })
            }
            _ => None,
        }
    }

    /// The most points this activity can give.
    pub fn max_points(&self) -> u32 {
        u32::from(self.scored)
    }
}

/// Points earned out of points possible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub earned: u32,
    pub possible: u32,
}

impl Lesson {
    /// Scores a set of answers; an activity without a (fitting) answer earns nothing.
    pub fn score<'a>(&self, answer_to: impl Fn(&str) -> Option<&'a Answer>) -> Score {
        self.activities.iter().fold(Score::default(), |score, activity| {
            let earned = answer_to(&activity.id).and_then(|a| activity.assess(a)).map_or(0, |o| o.points);
            Score { earned: score.earned + earned, possible: score.possible + activity.max_points() }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChoiceOption, RatingFeedback};

    fn rating(reliable: bool) -> Activity {
        Activity {
            id: "rate".into(),
            prompt: String::new(),
            page: None,
            scored: true,
            kind: ActivityKind::TrustRating {
                reliable,
                feedback: RatingFeedback { low: "low".into(), middle: "middle".into(), high: "high".into() },
            },
        }
    }

    #[test]
    fn every_rating_gets_band_feedback_and_trusting_a_reliable_page_scores() {
        let reliable = rating(true);
        let assess = |v| reliable.assess(&Answer::Rating { value: v }).unwrap();
        assert_eq!((assess(1).feedback, assess(1).verdict), ("low", Verdict::NotQuite));
        assert_eq!((assess(4).feedback, assess(4).verdict, assess(4).points), ("middle", Verdict::Partly, 0));
        assert_eq!((assess(7).feedback, assess(7).points), ("high", 1));
        let unreliable = rating(false);
        assert_eq!(unreliable.assess(&Answer::Rating { value: 2 }).unwrap().points, 1);
        assert_eq!(unreliable.assess(&Answer::Rating { value: 6 }).unwrap().verdict, Verdict::NotQuite);
        assert!(unreliable.assess(&Answer::Rating { value: 0 }).is_none());
        assert!(unreliable.assess(&Answer::Rating { value: 8 }).is_none());
    }

    #[test]
    fn an_unscored_first_impression_gets_its_feedback_but_no_mark() {
        let mut first_impression = rating(false);
        first_impression.scored = false;
        let outcome = first_impression.assess(&Answer::Rating { value: 6 }).unwrap();
        assert_eq!((outcome.verdict, outcome.points, outcome.feedback), (Verdict::Noted, 0, "high"));
        assert_eq!(first_impression.max_points(), 0);
    }

    #[test]
    fn choices_score_the_correct_option_and_reject_answers_that_do_not_fit() {
        let option = |correct| ChoiceOption { text: String::new(), correct, feedback: format!("{correct}") };
        let choice = Activity {
            id: "pick".into(),
            prompt: String::new(),
            page: None,
            scored: true,
            kind: ActivityKind::SingleChoice { options: vec![option(false), option(true)] },
        };
        assert_eq!(choice.assess(&Answer::Choice { option: 1 }).unwrap().points, 1);
        assert_eq!(choice.assess(&Answer::Choice { option: 0 }).unwrap().feedback, "false");
        assert!(choice.assess(&Answer::Choice { option: 2 }).is_none());
        assert!(choice.assess(&Answer::Rating { value: 5 }).is_none());
    }
}
