//! Answers, feedback and the lesson score. Pure arithmetic on the model.

use serde::{Deserialize, Serialize};

use crate::attempt::Attempt;
use crate::model::{Activity, ActivityKind};

pub const RATING_MIN: u8 = 1;
pub const RATING_MAX: u8 = 7;

/// What a learner answered to one activity. Saved in their progress, so the
/// shapes written by earlier kits (`choice`, `rating`) must always read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Answer {
    /// The index of the chosen option, in the author's order (single choice, find-it).
    Choice { option: usize },
    /// The indexes of every chosen option, in the author's order (multiple choice).
    Choices { options: Vec<usize> },
    /// True or false.
    TrueFalse { value: bool },
    /// A trust rating from 1 to 7.
    Rating { value: u8 },
    /// The ids of the blocks the learner marked as worrying (spot the clue).
    Spotted { blocks: Vec<String> },
    /// The steps in the learner's order, as indexes of the right order.
    Order { steps: Vec<usize> },
    /// A written reflection.
    Reflection { text: String },
    /// What the learner did with a suspicious message: reported it or not,
    /// and whether, before that, they opened its link or typed on its page.
    Report { reported: bool, clicked: bool, entered: bool },
}

/// How well an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// An unscored activity (a first impression, a reflection): feedback, no judgement.
    Noted,
    Good,
    /// Part of the way: a cautious middle rating, some of the right picks, most steps in place.
    Partly,
    NotQuite,
}

/// The feedback and points an answer earns.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome<'a> {
    pub verdict: Verdict,
    pub points: u32,
    /// What to say about the answer, in order; one remark for a single answer,
    /// one per option or element that matters for a pick of several.
    pub feedback: Vec<Remark<'a>>,
}

/// One piece of feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Remark<'a> {
    /// The option or element it is about, for picks of several.
    pub about: Option<&'a str>,
    pub judged: Judged,
    /// Markdown.
    pub text: &'a str,
}

/// How a remark's option or element was handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judged {
    /// Feedback on the answer as a whole.
    Whole,
    /// Picked, and rightly so.
    RightPick,
    /// Picked, but should not have been.
    WrongPick,
    /// Not picked, but should have been.
    Missed,
}

impl Remark<'_> {
    fn whole(text: &str) -> Remark<'_> {
        Remark { about: None, judged: Judged::Whole, text }
    }
}

impl Activity {
    /// Assesses an answer, or returns `None` if the answer does not fit this
    /// activity (saved progress from an older version of the lesson, say).
    pub fn assess(&self, answer: &Answer) -> Option<Outcome<'_>> {
        let outcome = self.judge(answer)?;
        Some(if self.scored && outcome.verdict != Verdict::Noted {
            outcome
        } else {
            Outcome { verdict: Verdict::Noted, points: 0, ..outcome }
        })
    }

    fn judge(&self, answer: &Answer) -> Option<Outcome<'_>> {
        let whole = |verdict: Verdict, text| Outcome {
            verdict,
            points: u32::from(verdict == Verdict::Good),
            feedback: vec![Remark::whole(text)],
        };
        match (&self.kind, answer) {
            (
                ActivityKind::SingleChoice { options } | ActivityKind::FindIt { options, .. },
                Answer::Choice { option },
            ) => {
                let option = options.get(*option)?;
                Some(whole(if option.correct { Verdict::Good } else { Verdict::NotQuite }, &option.feedback))
            }
            (ActivityKind::MultipleChoice { options }, Answer::Choices { options: chosen }) => {
                let items = options.iter().map(|o| (o.text.as_str(), o.correct, o.feedback.as_str()));
                picks_of_several(items, |index, _| chosen.contains(&index), chosen.iter().all(|&i| i < options.len()))
            }
            (ActivityKind::SpotTheClue { elements }, Answer::Spotted { blocks }) => {
                let known = blocks.iter().all(|b| elements.iter().any(|e| &e.key() == b));
                let items = elements.iter().map(|e| (e.label.as_str(), e.worrying, e.feedback.as_str()));
                let marked = |index: usize, _: &str| blocks.contains(&elements[index].key());
                picks_of_several(items, marked, known)
            }
            (ActivityKind::TrueFalse { answer, feedback }, Answer::TrueFalse { value }) => Some(if value == answer {
                whole(Verdict::Good, &feedback.right)
            } else {
                whole(Verdict::NotQuite, &feedback.wrong)
            }),
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
                Some(whole(verdict, band_feedback))
            }
            (ActivityKind::PutInOrder { steps, feedback }, Answer::Order { steps: order }) => {
                let mut sorted = order.clone();
                sorted.sort_unstable();
                if sorted != (0..steps.len()).collect::<Vec<_>>() {
                    return None;
                }
                let in_place = order.iter().enumerate().filter(|(position, &step)| *position == step).count();
                Some(if in_place == steps.len() {
                    whole(Verdict::Good, &feedback.right)
                } else if in_place * 2 >= steps.len() {
                    whole(Verdict::Partly, &feedback.wrong)
                } else {
                    whole(Verdict::NotQuite, &feedback.wrong)
                })
            }
            (ActivityKind::Reflection { feedback }, Answer::Reflection { text }) => {
                (!text.trim().is_empty()).then(|| whole(Verdict::Noted, feedback))
            }
            (ActivityKind::Report { feedback, .. }, Answer::Report { reported, clicked, entered }) => {
                // Reporting is what scores; a click is a normal mistake with a next step, never a lost mark.
                let mut outcome = if *reported {
                    whole(Verdict::Good, &feedback.reported)
                } else {
                    whole(Verdict::NotQuite, &feedback.not_reported)
                };
                if *clicked || *entered {
                    outcome.feedback.push(Remark::whole(&feedback.after_a_click));
                }
                Some(outcome)
            }
            _ => None,
        }
    }

    /// The most points this activity can give.
    pub fn max_points(&self) -> u32 {
        u32::from(self.scored && !matches!(self.kind, ActivityKind::Reflection { .. }))
    }
}

/// Judges a pick of several (options, page elements): every right one and no
/// other is good; some right ones is part of the way. Remarks cover what was
/// picked and what was missed, in the author's order.
fn picks_of_several<'a>(
    items: impl Iterator<Item = (&'a str, bool, &'a str)>,
    picked: impl Fn(usize, &str) -> bool,
    answer_fits: bool,
) -> Option<Outcome<'a>> {
    if !answer_fits {
        return None;
    }
    let (mut hits, mut wanted, mut wrong) = (0, 0, 0);
    let mut feedback = Vec::new();
    for (index, (label, should, text)) in items.enumerate() {
        let judged = match (picked(index, label), should) {
            (true, true) => Judged::RightPick,
            (true, false) => Judged::WrongPick,
            (false, true) => Judged::Missed,
            (false, false) => continue,
        };
        hits += usize::from(judged == Judged::RightPick);
        wanted += usize::from(should);
        wrong += usize::from(judged == Judged::WrongPick);
        feedback.push(Remark { about: Some(label), judged, text });
    }
    let verdict = if hits == wanted && wrong == 0 {
        Verdict::Good
    } else if hits > 0 {
        Verdict::Partly
    } else {
        Verdict::NotQuite
    };
    Some(Outcome { verdict, points: u32::from(verdict == Verdict::Good), feedback })
}

/// Points earned out of points possible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub earned: u32,
    pub possible: u32,
}

impl Attempt<'_> {
    /// Scores a set of answers to this attempt's activities; an activity
    /// without a (fitting) answer earns nothing.
    pub fn score<'a>(&self, answer_to: impl Fn(&str) -> Option<&'a Answer>) -> Score {
        self.activities().iter().fold(Score::default(), |score, activity| {
            let earned = answer_to(&activity.id).and_then(|a| activity.assess(a)).map_or(0, |o| o.points);
            Score { earned: score.earned + earned, possible: score.possible + activity.max_points() }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChoiceOption, PageElement, RatingFeedback, RightWrongFeedback};

    fn activity(kind: ActivityKind) -> Activity {
        Activity {
            id: "a".into(),
            prompt: String::new(),
            page: None,
            scored: true,
            hint: None,
            attempts: 1,
            shuffle: true,
            pool: None,
            kind,
        }
    }

    fn rating(reliable: bool) -> Activity {
        let feedback = RatingFeedback { low: "low".into(), middle: "middle".into(), high: "high".into() };
        activity(ActivityKind::TrustRating { reliable, feedback })
    }

    fn options(correct: &[bool]) -> Vec<ChoiceOption> {
        correct
            .iter()
            .enumerate()
            .map(|(i, &correct)| ChoiceOption { text: format!("option {i}"), correct, feedback: format!("why {i}") })
            .collect()
    }

    /// The verdict, points and feedback texts of an answer.
    fn judged(activity: &Activity, answer: Answer) -> (Verdict, u32, Vec<&str>) {
        let outcome = activity.assess(&answer).expect("the answer fits");
        (outcome.verdict, outcome.points, outcome.feedback.iter().map(|r| r.text).collect())
    }

    #[test]
    fn every_rating_gets_band_feedback_and_trusting_a_reliable_page_scores() {
        let reliable = rating(true);
        assert_eq!(judged(&reliable, Answer::Rating { value: 1 }), (Verdict::NotQuite, 0, vec!["low"]));
        assert_eq!(judged(&reliable, Answer::Rating { value: 4 }), (Verdict::Partly, 0, vec!["middle"]));
        assert_eq!(judged(&reliable, Answer::Rating { value: 7 }), (Verdict::Good, 1, vec!["high"]));
        let unreliable = rating(false);
        assert_eq!(judged(&unreliable, Answer::Rating { value: 2 }).1, 1);
        assert_eq!(judged(&unreliable, Answer::Rating { value: 6 }).0, Verdict::NotQuite);
        assert!(unreliable.assess(&Answer::Rating { value: 0 }).is_none());
        assert!(unreliable.assess(&Answer::Rating { value: 8 }).is_none());
    }

    #[test]
    fn an_unscored_first_impression_gets_its_feedback_but_no_mark() {
        let mut first_impression = rating(false);
        first_impression.scored = false;
        assert_eq!(judged(&first_impression, Answer::Rating { value: 6 }), (Verdict::Noted, 0, vec!["high"]));
        assert_eq!(first_impression.max_points(), 0);
    }

    #[test]
    fn choices_score_the_correct_option_and_reject_answers_that_do_not_fit() {
        let choice = activity(ActivityKind::SingleChoice { options: options(&[false, true]) });
        assert_eq!(judged(&choice, Answer::Choice { option: 1 }), (Verdict::Good, 1, vec!["why 1"]));
        assert_eq!(judged(&choice, Answer::Choice { option: 0 }), (Verdict::NotQuite, 0, vec!["why 0"]));
        assert!(choice.assess(&Answer::Choice { option: 2 }).is_none());
        assert!(choice.assess(&Answer::Rating { value: 5 }).is_none());
    }

    #[test]
    fn multiple_choice_wants_every_right_option_and_no_other() {
        let pick = activity(ActivityKind::MultipleChoice { options: options(&[true, false, true, false]) });
        let answer = |options: &[usize]| Answer::Choices { options: options.to_vec() };
        assert_eq!(judged(&pick, answer(&[0, 2])), (Verdict::Good, 1, vec!["why 0", "why 2"]));
        // One right pick and one missed: part of the way, and the missed one is explained.
        let outcome = pick.assess(&answer(&[2])).expect("fits");
        assert_eq!((outcome.verdict, outcome.points), (Verdict::Partly, 0));
        let remarks: Vec<_> = outcome.feedback.iter().map(|r| (r.about, r.judged)).collect();
        assert_eq!(remarks, vec![(Some("option 0"), Judged::Missed), (Some("option 2"), Judged::RightPick)]);
        // Every right one plus a wrong one is not full marks either.
        assert_eq!(judged(&pick, answer(&[0, 1, 2])).0, Verdict::Partly);
        assert_eq!(judged(&pick, answer(&[1, 3])).0, Verdict::NotQuite);
        assert_eq!(judged(&pick, answer(&[])).0, Verdict::NotQuite);
        assert!(pick.assess(&answer(&[4])).is_none(), "an option that does not exist");
    }

    #[test]
    fn spot_the_clue_judges_each_marked_and_missed_element() {
        let element = |block: &str, worrying| PageElement {
            block: block.into(),
            tell: None,
            label: format!("the {block}"),
            worrying,
            feedback: format!("about {block}"),
        };
        let spot = activity(ActivityKind::SpotTheClue {
            elements: vec![element("countdown", true), element("byline", false), element("badges", true)],
        });
        let spotted = |blocks: &[&str]| Answer::Spotted { blocks: blocks.iter().map(|b| b.to_string()).collect() };
        assert_eq!(
            judged(&spot, spotted(&["badges", "countdown"])),
            (Verdict::Good, 1, vec!["about countdown", "about badges"])
        );
        let outcome = spot.assess(&spotted(&["countdown", "byline"])).expect("fits");
        let remarks: Vec<_> = outcome.feedback.iter().map(|r| (r.about, r.judged)).collect();
        assert_eq!(
            remarks,
            vec![
                (Some("the countdown"), Judged::RightPick),
                (Some("the byline"), Judged::WrongPick),
                (Some("the badges"), Judged::Missed)
            ]
        );
        assert_eq!(outcome.verdict, Verdict::Partly);
        assert!(spot.assess(&spotted(&["footer"])).is_none(), "a block the activity does not ask about");
    }

    #[test]
    fn true_false_and_put_in_order() {
        let feedback = RightWrongFeedback { right: "right".into(), wrong: "wrong".into() };
        let statement = activity(ActivityKind::TrueFalse { answer: false, feedback: feedback.clone() });
        assert_eq!(judged(&statement, Answer::TrueFalse { value: false }), (Verdict::Good, 1, vec!["right"]));
        assert_eq!(judged(&statement, Answer::TrueFalse { value: true }), (Verdict::NotQuite, 0, vec!["wrong"]));

        let steps = ["stop", "investigate", "find", "trace"].map(String::from).to_vec();
        let order = activity(ActivityKind::PutInOrder { steps, feedback });
        let answer = |steps: &[usize]| Answer::Order { steps: steps.to_vec() };
        assert_eq!(judged(&order, answer(&[0, 1, 2, 3])), (Verdict::Good, 1, vec!["right"]));
        assert_eq!(judged(&order, answer(&[0, 1, 3, 2])).0, Verdict::Partly, "half in place");
        assert_eq!(judged(&order, answer(&[1, 0, 3, 2])).0, Verdict::NotQuite);
        assert!(order.assess(&answer(&[0, 0, 1, 2])).is_none(), "not every step once");
        assert!(order.assess(&answer(&[0, 1, 2])).is_none());
    }

    #[test]
    fn a_reflection_is_saved_and_answered_but_never_scored() {
        let reflection = activity(ActivityKind::Reflection { feedback: "think about it".into() });
        let written = Answer::Reflection { text: "I would check who runs it.".into() };
        assert_eq!(judged(&reflection, written), (Verdict::Noted, 0, vec!["think about it"]));
        assert!(reflection.assess(&Answer::Reflection { text: "  ".into() }).is_none(), "blank is no answer");
        assert_eq!(reflection.max_points(), 0);
    }

    #[test]
    fn answers_saved_by_earlier_kits_still_read() {
        let earlier: Answer = serde_json::from_str(r#"{"kind":"choice","option":2}"#).expect("reads");
        assert_eq!(earlier, Answer::Choice { option: 2 });
        let earlier: Answer = serde_json::from_str(r#"{"kind":"rating","value":3}"#).expect("reads");
        assert_eq!(earlier, Answer::Rating { value: 3 });
    }
}
