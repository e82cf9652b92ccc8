//! The validated lesson, as the rest of the kit sees it. Text fields marked
//! "Markdown" go through [`crate::markdown::to_html`] before display.

use serde::Deserialize;

use crate::mock_web::MockUrl;

/// One lesson: a situation, a small mock web to investigate, activities that
/// make the learner investigate it, and a debrief.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    /// Stable identifier, used in saved progress and in the kit's address.
    pub id: String,
    pub title: String,
    /// One or two sentences for the catalogue.
    pub summary: String,
    pub audience: Vec<Audience>,
    /// How long the lesson takes, in minutes.
    pub minutes: u32,
    pub techniques: Vec<Technique>,
    pub briefing: Briefing,
    pub web: MockWeb,
    pub activities: Vec<Activity>,
    pub debrief: Debrief,
}

impl Lesson {
    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }
}

/// Who a lesson is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Pupils, in a classroom with a teacher.
    Classroom,
    /// Council and public-sector staff, self-paced.
    Staff,
    /// Anyone.
    General,
}

impl Audience {
    pub fn label(self) -> &'static str {
        match self {
            Audience::Classroom => "Classroom",
            Audience::Staff => "Staff training",
            Audience::General => "Everyone",
        }
    }
}

/// The techniques a lesson can teach, named as the debrief and catalogue show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Technique {
    LateralReading,
    ClickRestraint,
    TraceTheClaim,
    LookAlikeDomain,
    HiddenOwnership,
    FakeExpert,
    UndatedPage,
    InventedStatistic,
    ManipulatedImage,
    EmotionalLanguage,
    Clickbait,
    SponsoredContent,
    FakeReviews,
    Impersonation,
    Satire,
    Phishing,
    AiGenerated,
    SearchResults,
}

impl Technique {
    pub fn label(self) -> &'static str {
        match self {
            Technique::LateralReading => "Lateral reading",
            Technique::ClickRestraint => "Click restraint",
            Technique::TraceTheClaim => "Tracing a claim to its source",
            Technique::LookAlikeDomain => "Look-alike domains",
            Technique::HiddenOwnership => "Hidden ownership and front groups",
            Technique::FakeExpert => "Fake experts and credentials",
            Technique::UndatedPage => "Undated and out-of-date pages",
            Technique::InventedStatistic => "Invented or misquoted statistics",
            Technique::ManipulatedImage => "Manipulated or recycled images",
            Technique::EmotionalLanguage => "Emotional and urgent language",
            Technique::Clickbait => "Clickbait",
            Technique::SponsoredContent => "Sponsored content dressed as news",
            Technique::FakeReviews => "Fake reviews and testimonials",
            Technique::Impersonation => "Impersonation",
            Technique::Satire => "Satire taken as news",
            Technique::Phishing => "Phishing and payment scams",
            Technique::AiGenerated => "AI-generated text and images",
            Technique::SearchResults => "The first search result is not the best source",
        }
    }
}

/// The situation the learner is put in, and where the simulated browser starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Briefing {
    /// Markdown.
    pub text: String,
    pub start: MockUrl,
}

/// The lesson's small web: every site the simulated browser can show.
#[derive(Debug, Clone, PartialEq)]
pub struct MockWeb {
    pub sites: Vec<Site>,
}

/// One invented website.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// The invented domain, such as `grant-news.example`.
    pub domain: String,
    /// The name the site gives itself, shown in its header.
    pub name: String,
    /// Optional strapline under the name.
    pub tagline: Option<String>,
    pub genre: Genre,
    pub pages: Vec<Page>,
}

/// What kind of site this looks like; the simulated browser styles it to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Genre {
    News,
    Blog,
    Campaign,
    Official,
    Reference,
    Search,
    Lookup,
}

impl Genre {
    /// The CSS class that gives a site of this genre its look.
    pub fn css_class(self) -> &'static str {
        match self {
            Genre::News => "genre-news",
            Genre::Blog => "genre-blog",
            Genre::Campaign => "genre-campaign",
            Genre::Official => "genre-official",
            Genre::Reference => "genre-reference",
            Genre::Search => "genre-search",
            Genre::Lookup => "genre-lookup",
        }
    }
}

/// One page of a mock site.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Path on the site, starting with `/`.
    pub path: String,
    pub title: String,
    /// Byline, date or other small print under the title.
    pub byline: Option<String>,
    /// Markdown. Links may point to other pages of the mock web.
    pub body: String,
}

/// Something the learner does and gets feedback on.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub id: String,
    /// Markdown.
    pub prompt: String,
    /// The page the activity is about, which the learner can open from it.
    pub page: Option<MockUrl>,
    /// Whether the answer counts towards the score. A first impression, asked
    /// before the learner investigates, is feedback without a mark.
    pub scored: bool,
    pub kind: ActivityKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ActivityKind {
    /// Pick one option; each option carries its own feedback.
    SingleChoice { options: Vec<ChoiceOption> },
    /// Rate how far the activity's page can be trusted, from 1 to 7.
    TrustRating { reliable: bool, feedback: RatingFeedback },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    pub text: String,
    pub correct: bool,
    /// Markdown: why this option is right or wrong.
    pub feedback: String,
}

/// Feedback for every rating: 1–3 is low, 4 is the middle, 5–7 is high.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingFeedback {
    pub low: String,
    pub middle: String,
    pub high: String,
}

/// What the learner takes away.
#[derive(Debug, Clone, PartialEq)]
pub struct Debrief {
    /// The technique in one sentence they can remember.
    pub technique: String,
    /// Markdown.
    pub text: String,
    /// Every detail of the mock web that should have worried (or reassured) the learner.
    pub clues: Vec<Clue>,
    pub next_time: Vec<String>,
    /// Markdown, for teachers and trainers: timing, discussion, answers.
    pub teacher_notes: Option<String>,
}

/// A detail on a mock page and what it tells a careful reader.
#[derive(Debug, Clone, PartialEq)]
pub struct Clue {
    pub page: MockUrl,
    pub detail: String,
    pub explanation: String,
    pub kind: ClueKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ClueKind {
    /// A sign that the page should not be trusted.
    #[default]
    Warning,
    /// A sign that the page can be trusted: the kit teaches discernment, not distrust.
    Reassuring,
}
