//! Activities: what the learner does, and the feedback every answer gets.

use crate::mock_web::MockUrl;

/// Something the learner does and gets feedback on.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Activity {
    pub id: String,
    /// Markdown.
    pub prompt: String,
    /// The page the activity is about, which the learner can open from it.
    pub page: Option<MockUrl>,
    /// Whether the answer counts towards the score. A first impression, asked
    /// before the learner investigates, is feedback without a mark.
    pub scored: bool,
    /// Markdown: a nudge the learner can ask for before answering.
    pub hint: Option<String>,
    /// How many times the learner may check an answer (1: no retry). The last
    /// answer checked is the one that counts.
    pub attempts: u32,
    /// Whether the options are shown in an order drawn for each attempt.
    pub shuffle: bool,
    /// The pool this activity belongs to, if an attempt draws from several.
    pub pool: Option<String>,
    pub kind: ActivityKind,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub enum ActivityKind {
    /// Pick one option; each option carries its own feedback.
    SingleChoice { options: Vec<ChoiceOption> },
    /// Pick every option that applies (one or more are correct).
    MultipleChoice { options: Vec<ChoiceOption> },
    /// Say whether the prompt's statement is true.
    TrueFalse { answer: bool, feedback: RightWrongFeedback },
    /// Rate how far the activity's page can be trusted, from 1 to 7.
    TrustRating { reliable: bool, feedback: RatingFeedback },
    /// Pick the worrying elements on the activity's page.
    SpotTheClue { elements: Vec<PageElement> },
    /// Reach the `target` page in the mock web, then pick one option.
    FindIt { target: MockUrl, options: Vec<ChoiceOption> },
    /// Put the steps in order; `steps` is the right order.
    PutInOrder { steps: Vec<String>, feedback: RightWrongFeedback },
    /// A short written answer: saved, never scored.
    Reflection { feedback: String },
    /// A suspicious message in the webmail, to report with the mail's Report
    /// button (or leave). Reporting is what scores; opening the message's
    /// link (`lure`) or typing on the page it leads to is told plainly, with
    /// what to do next, and costs nothing.
    Report { message: MockUrl, lure: Option<MockUrl>, feedback: ReportFeedback },
}

impl ActivityKind {
    /// The name used in lesson files.
    pub fn name(&self) -> &'static str {
        match self {
            ActivityKind::SingleChoice { .. } => "single-choice",
            ActivityKind::MultipleChoice { .. } => "multiple-choice",
            ActivityKind::TrueFalse { .. } => "true-false",
            ActivityKind::TrustRating { .. } => "trust-rating",
            ActivityKind::SpotTheClue { .. } => "spot-the-clue",
            ActivityKind::FindIt { .. } => "find-it",
            ActivityKind::PutInOrder { .. } => "put-in-order",
            ActivityKind::Reflection { .. } => "reflection",
            ActivityKind::Report { .. } => "report",
        }
    }

    /// The options of a kind that has them, in the author's order.
    pub fn options(&self) -> &[ChoiceOption] {
        match self {
            ActivityKind::SingleChoice { options }
            | ActivityKind::MultipleChoice { options }
            | ActivityKind::FindIt { options, .. } => options,
            _ => &[],
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct ChoiceOption {
    pub text: String,
    pub correct: bool,
    /// Markdown: why this option is right or wrong.
    pub feedback: String,
}

/// Feedback for every rating: 1–3 is low, 4 is the middle, 5–7 is high.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct RatingFeedback {
    pub low: String,
    pub middle: String,
    pub high: String,
}

/// Feedback for a message reported or not, and what to do after a click on its link.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct ReportFeedback {
    /// Markdown: the message was reported.
    pub reported: String,
    /// Markdown: the learner moved on without reporting it.
    pub not_reported: String,
    /// Markdown: added when the learner opened the link or typed on its page:
    /// what happened and what to do next (report it, change the password, tell IT).
    pub after_a_click: String,
}

/// Feedback for an answer that is right, and for one that is not.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct RightWrongFeedback {
    /// Markdown.
    pub right: String,
    /// Markdown.
    pub wrong: String,
}

/// One element of a page that a spot-the-clue activity asks about.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct PageElement {
    /// The id of the block on the activity's page.
    pub block: String,
    /// What the element is, in a few words, for the list a keyboard or
    /// screen-reader user picks from ("The countdown timer").
    pub label: String,
    /// A tell of a generated image in the block's picture, when the element
    /// is that detail of the picture rather than the whole block.
    pub tell: Option<crate::model::Tell>,
    /// Whether a careful reader should be worried by it.
    pub worrying: bool,
    /// Markdown: why it is (or is not) a worry.
    pub feedback: String,
}

impl PageElement {
    /// What an answer records when the learner marks this element: the
    /// block's id, or the block's id and the tell (`photo#extra-finger`), so
    /// one picture can hold several details to find.
    pub fn key(&self) -> String {
        match self.tell {
            Some(tell) => format!("{}#{}", self.block, tell.name()),
            None => self.block.clone(),
        }
    }
}

/// Activities that share a pool name: each attempt shows `draw` of them.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Pool {
    pub name: String,
    pub draw: usize,
}
