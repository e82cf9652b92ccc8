//! The validated lesson, as the rest of the kit sees it. Text fields marked
//! "Markdown" go through [`crate::markdown::to_html`] before display.

use serde::Deserialize;

use crate::mock_web::MockUrl;

mod activities;
mod blocks;
mod pictures;
pub use activities::*;
pub use blocks::*;
pub use pictures::*;

/// One lesson: a situation, a small mock web to investigate, activities that
/// make the learner investigate it, and a debrief.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
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
    /// Pictures the kit draws, used on pages by their id.
    pub pictures: Vec<Picture>,
    /// What the kit's search engine answers for the searches an author expects.
    pub searches: Vec<Search>,
    pub activities: Vec<Activity>,
    /// The pools activities are drawn from (see [`Lesson::attempt`]).
    pub pools: Vec<Pool>,
    pub debrief: Debrief,
}

impl Lesson {
    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == id)
    }

    pub fn picture(&self, id: &str) -> Option<&Picture> {
        self.pictures.iter().find(|p| p.id == id)
    }
}

/// Who a lesson is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "compact", derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Pupils, in a classroom with a teacher.
    Classroom,
    /// Council and public-sector staff, self-paced.
    Staff,
    /// Anyone.
    General,
}

/// The techniques a lesson can teach. What they are called on screen is the
/// app's (`src/ui/words.rs`) and the teacher notes' to say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "compact", derive(serde::Serialize))]
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
    MisleadingChart,
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

/// The situation the learner is put in, and where the simulated browser starts.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Briefing {
    /// Markdown.
    pub text: String,
    pub start: MockUrl,
}

/// The lesson's small web: every site the simulated browser can show.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct MockWeb {
    pub sites: Vec<Site>,
}

/// One invented website.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Site {
    /// The invented domain, such as `grant-news.example`.
    pub domain: String,
    /// The name the site gives itself, shown in its header.
    pub name: String,
    /// Optional strapline under the name.
    pub tagline: Option<String>,
    pub genre: Genre,
    /// The look within its genre, so two sites of one genre look unrelated.
    pub theme: Theme,
    /// The domain-registration facts the "about this site" panel shows, if the author gives them.
    pub registration: Option<Registration>,
    pub pages: Vec<Page>,
}

/// Facts about who registered a domain, as a registration lookup would show them.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Registration {
    /// When the domain was registered, in words: "3 March 2025" or "two weeks ago".
    pub registered: String,
    /// Who registered it, as the record names them.
    pub registrant: String,
    pub country: Option<String>,
    /// The privacy service that hides the real registrant, if one does.
    pub privacy_service: Option<String>,
}

/// What kind of site this looks like; the simulated browser styles it to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "compact", derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Genre {
    /// A news site: articles with bylines.
    News,
    Blog,
    /// A shop: product pages and a basket.
    Shop,
    /// A charity or campaign group.
    Campaign,
    /// A government or council service, real or look-alike.
    Official,
    /// A social network: posts, threads and profiles.
    Social,
    /// A webmail inbox and its messages, for phishing.
    Email,
    /// A video site.
    Video,
    /// A review site: ratings and reviews of businesses.
    Reviews,
    /// An encyclopedia-style reference work.
    Reference,
    /// A search engine of the lesson's own (the kit has one built in too).
    Search,
    /// A lookup service: registration records, fact-check databases.
    Lookup,
}

impl Genre {
    pub const ALL: [Genre; 12] = [
        Genre::News,
        Genre::Blog,
        Genre::Shop,
        Genre::Campaign,
        Genre::Official,
        Genre::Social,
        Genre::Email,
        Genre::Video,
        Genre::Reviews,
        Genre::Reference,
        Genre::Search,
        Genre::Lookup,
    ];

    /// The name used in lesson files, and the CSS class `genre-<name>`.
    pub fn name(self) -> &'static str {
        match self {
            Genre::News => "news",
            Genre::Blog => "blog",
            Genre::Shop => "shop",
            Genre::Campaign => "campaign",
            Genre::Official => "official",
            Genre::Social => "social",
            Genre::Email => "email",
            Genre::Video => "video",
            Genre::Reviews => "reviews",
            Genre::Reference => "reference",
            Genre::Search => "search",
            Genre::Lookup => "lookup",
        }
    }

    /// The CSS class that gives a site of this genre its layout.
    pub fn css_class(self) -> String {
        format!("genre-{}", self.name())
    }
}

/// A look within a genre: colours, type and header layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[cfg_attr(feature = "compact", derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Traditional and restrained.
    #[default]
    Classic,
    /// Loud: strong colours, heavy type.
    Bold,
    /// Sparse and modern.
    Plain,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Classic, Theme::Bold, Theme::Plain];

    pub fn name(self) -> &'static str {
        match self {
            Theme::Classic => "classic",
            Theme::Bold => "bold",
            Theme::Plain => "plain",
        }
    }

    /// The CSS class `theme-<name>`.
    pub fn css_class(self) -> String {
        format!("theme-{}", self.name())
    }
}

/// One page of a mock site.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Page {
    /// Path on the site, starting with `/`.
    pub path: String,
    pub title: String,
    /// Byline, date or other small print under the title.
    pub byline: Option<String>,
    /// Markdown, shown before the blocks; may be empty. Links may point to other pages of the mock web.
    pub body: String,
    /// The page's building blocks, in order, after the body.
    pub blocks: Vec<Block>,
}

impl Page {
    pub fn block(&self, id: &str) -> Option<&Block> {
        self.blocks.iter().find(|b| b.id.as_deref() == Some(id))
    }

    /// Every link target written on the page: in its Markdown and in its blocks' `link` fields.
    pub fn link_targets(&self) -> Vec<String> {
        let mut targets = crate::markdown::link_targets(&self.body);
        for block in &self.blocks {
            for markdown in block.content.markdown_fields() {
                targets.extend(crate::markdown::link_targets(markdown));
            }
            targets.extend(block.content.links().into_iter().map(str::to_owned));
        }
        targets
    }

    /// The ids of the pictures the page shows.
    pub fn pictures(&self) -> Vec<&str> {
        self.blocks.iter().flat_map(|b| b.content.pictures()).collect()
    }

    /// The page's words, for the search engine: title, byline, body and blocks.
    pub fn plain_text(&self) -> String {
        let mut text = vec![self.title.clone()];
        text.extend(self.byline.clone());
        text.push(self.body_text());
        text.join(" ")
    }

    /// The words of the body and blocks, without the title: what a search snippet quotes.
    pub fn body_text(&self) -> String {
        let mut text = vec![crate::markdown::to_plain_text(&self.body)];
        text.extend(self.blocks.iter().map(|block| block.content.plain_text()));
        text.retain(|part| !part.trim().is_empty());
        text.join(" ")
    }
}

/// The results the kit's search engine gives for one expected search, in the
/// author's order: the first result can be the wrong one, as in real life.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Search {
    /// The words that bring up these results; a learner's search matches when
    /// it shares most of them, in any order.
    pub query: String,
    pub results: Vec<SearchResult>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct SearchResult {
    pub page: MockUrl,
    /// The text under the result's title; the page's first words if not given.
    pub snippet: Option<String>,
    /// Shown as a paid advert, labelled "Sponsored" in small print.
    pub sponsored: bool,
}

/// What the learner takes away.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
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
    /// Markdown: a one-page handout for learners to keep (what to do next
    /// time), shown after the debrief and printed in the track's handouts,
    /// where a council or school can edit it before printing.
    pub handout: Option<String>,
}

/// A detail on a mock page and what it tells a careful reader.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "compact", derive(serde::Serialize, serde::Deserialize))]
pub struct Clue {
    pub page: MockUrl,
    /// The id of the block on `page` that carries the clue, if the author marked one.
    pub block: Option<String>,
    /// The tell of a generated image in that block's picture, if the clue is one.
    pub tell: Option<Tell>,
    pub detail: String,
    pub explanation: String,
    pub kind: ClueKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[cfg_attr(feature = "compact", derive(serde::Serialize))]
#[serde(rename_all = "kebab-case")]
pub enum ClueKind {
    /// A sign that the page should not be trusted.
    #[default]
    Warning,
    /// A sign that the page can be trusted: the kit teaches discernment, not distrust.
    Reassuring,
}
